import { err, ok, type Result } from "../shared/result";
import type { PlanVersion } from "./planVersion";

/**
 * May this version be discarded? Only a draft, only while an agreed version stays in force (a plan's first
 * draft is edited, not discarded), and only if nobody saved it since it was shown (`expectedLockVersion`).
 */
export function pruefeVerwerfen(
  versionen: readonly PlanVersion[],
  nummer: number,
  expectedLockVersion: number,
): Result<PlanVersion> {
  const version = versionen.find((v) => v.nummer === nummer);
  if (!version) return err("nicht_gefunden");
  if (version.status !== "entwurf") return err("plan.nicht_entwurf");
  if (!versionen.some((v) => v.status === "abgestimmt")) return err("plan.erster_entwurf");
  if (version.lockVersion !== expectedLockVersion) return err("plan.konflikt");
  return ok(version);
}
