import { err, ok, type Result } from "../shared/result";
import type { PlanInhalt } from "./planInhalt";
import type { PlanVersion } from "./planVersion";

/**
 * Start the Fortschreibung (§ 15 Abs. 3 Satz 2) of an agreed version: the new draft carries every item
 * over with its id, so the diff shows exactly what changed. Codes set by a person are kept.
 */
export function fortschreibungsInhalt(versions: readonly PlanVersion[]): Result<PlanInhalt> {
  if (versions.some((v) => v.status === "entwurf")) return err("plan.entwurf_existiert");
  const current = versions.find((v) => v.status === "abgestimmt");
  if (!current) return err("plan.kein_abgestimmter_plan");
  return ok(structuredClone(current.inhalt));
}

export function nextVersionNummer(versions: readonly PlanVersion[]): number {
  return versions.reduce((max, v) => Math.max(max, v.nummer), 0) + 1;
}
