import { ok, type Result } from "../../domain/shared/result";
import type { PlanDokument, UseCaseDeps } from "../ports";
import { buildPlanDokument } from "./exportPlanPdf";
import { getPlanVersion, type VersionMitAenderungen } from "./getPlanVersion";

export interface PlanSeite extends VersionMitAenderungen {
  dokument: PlanDokument;
  /** Is this the newest version (only that one can be continued)? */
  istAktuell: boolean;
  /** How many days back this jobcentre allows an agreement to be entered (with a reason). */
  rueckdatierungTage: number;
}

/** Everything a plan page shows: the version, its diff and the document as the person receives it. */
export async function getPlanSeite(
  deps: UseCaseDeps,
  planId: string,
  nummer: number,
): Promise<Result<PlanSeite>> {
  const version = await getPlanVersion(deps, planId, nummer);
  if (!version.ok) return version;
  const dokument = await buildPlanDokument(deps, planId, nummer);
  if (!dokument.ok) return dokument;
  const newest = Math.max(...version.value.akte.versionen.map((v) => v.nummer));
  const rueckdatierungTage = await deps.repos.stammdaten.rueckdatierungTage();
  return ok({
    ...version.value,
    dokument: dokument.value,
    istAktuell: newest === nummer,
    rueckdatierungTage,
  });
}
