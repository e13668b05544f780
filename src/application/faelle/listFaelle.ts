import { fallStatus, type FallStatus } from "../../domain/kooperationsplan/fallStatus";
import { offenProPerson } from "../../domain/posteingang/bestimmePosteingang";
import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { FallFilter, FallZeile, UseCaseDeps } from "../ports";
import { ladePosteingang } from "../posteingang/ladePosteingang";
import { today } from "../today";

export interface Fall extends FallZeile {
  status: FallStatus;
  /** Open items of the person in the inbox (Posteingang). */
  offen: number;
}

/**
 * The caseload (Fallübersicht): persons visible to the actor, with plan status, review dates and open inbox
 * items per person. `posteingang`: a counsellor's open items in all, for the navigation; null for the team
 * lead, whose caseload counts only the persons on the page (the whole jobcentre's inbox costs seconds).
 */
export async function listFaelle(
  deps: UseCaseDeps,
  filter: FallFilter,
): Promise<Result<{ faelle: Fall[]; gesamt: number; posteingang: number | null }>> {
  const allowed = await requireRecht(deps, "faelle.lesen");
  if (!allowed.ok) return allowed;
  const heute = today(deps.clock);
  const { zeilen, gesamt } = await deps.repos.personen.listFaelle(filter, heute);
  const alle = deps.actor.rolle === "integrationsfachkraft";
  const eingang = await ladePosteingang(deps, alle ? undefined : zeilen.map((z) => z.personId));
  const offen = offenProPerson(eingang);
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "fallliste",
    details: { anzahl: zeilen.length, status: filter.status ?? "alle", suche: Boolean(filter.suche) },
  });
  const faelle = zeilen.map((z) => ({
    ...z,
    status: fallStatus({ hatEntwurf: z.hatEntwurf, aktuelleUeberpruefungAm: z.ueberpruefungAm }, heute),
    offen: offen[z.personId] ?? 0,
  }));
  return ok({ faelle, gesamt, posteingang: alle ? eingang.length : null });
}
