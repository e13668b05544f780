import { applyFristAktion, type FristAktion } from "../../domain/kooperationsplan/fristen";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { err, type Result } from "../../domain/shared/result";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";
import { loadVersion } from "./loadVersion";
import { saveEntwurf } from "./saveEntwurf";

/**
 * Renews a stale deadline of a draft, marks its step done (it leaves the next steps) or renews all,
 * measured against today (the default agreement date); saved like any draft edit (409 on conflict).
 */
export async function aendereFristen(
  deps: UseCaseDeps,
  planId: string,
  nummer: number,
  aktion: FristAktion,
  expectedLockVersion: number,
): Promise<Result<PlanVersion>> {
  const loaded = await loadVersion(deps, planId, nummer);
  if (!loaded.ok) return loaded;
  if (loaded.value.version.status !== "entwurf") return err("plan.nicht_entwurf");
  const inhalt = applyFristAktion(loaded.value.version.inhalt, aktion, today(deps.clock));
  return saveEntwurf(deps, planId, nummer, inhalt, expectedLockVersion);
}
