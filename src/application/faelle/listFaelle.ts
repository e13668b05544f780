import { fallStatus, type FallStatus } from "../../domain/kooperationsplan/fallStatus";
import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { FallFilter, FallZeile, UseCaseDeps } from "../ports";
import { today } from "../today";

export interface Fall extends FallZeile {
  status: FallStatus;
}

/** The caseload (Fallübersicht): persons visible to the actor, with plan status and review dates. */
export async function listFaelle(
  deps: UseCaseDeps,
  filter: FallFilter,
): Promise<Result<{ faelle: Fall[]; gesamt: number }>> {
  const allowed = await requireRecht(deps, "faelle.lesen");
  if (!allowed.ok) return allowed;
  const heute = today(deps.clock);
  const { zeilen, gesamt } = await deps.repos.personen.listFaelle(filter, heute);
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "fallliste",
    details: { anzahl: zeilen.length, status: filter.status ?? "alle", suche: Boolean(filter.suche) },
  });
  const faelle = zeilen.map((z) => ({
    ...z,
    status: fallStatus({ hatEntwurf: z.hatEntwurf, aktuelleUeberpruefungAm: z.ueberpruefungAm }, heute),
  }));
  return ok({ faelle, gesamt });
}
