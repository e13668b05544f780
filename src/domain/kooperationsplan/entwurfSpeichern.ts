import { err, ok, type Result } from "../shared/result";
import type { PlanInhalt } from "./planInhalt";
import type { PlanVersion } from "./planVersion";

/**
 * Replace the content of a draft. Agreed and replaced versions are never changed; a stale
 * `expectedLockVersion` means somebody else saved in between (optimistic concurrency).
 */
export function entwurfSpeichern(
  version: PlanVersion,
  inhalt: PlanInhalt,
  expectedLockVersion: number,
): Result<PlanVersion> {
  if (version.status !== "entwurf") return err("plan.nicht_entwurf");
  if (version.lockVersion !== expectedLockVersion) return err("plan.konflikt");
  return ok({ ...version, inhalt, lockVersion: version.lockVersion + 1 });
}
