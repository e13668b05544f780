import {
  ueberpruefungsStand,
  type UeberpruefungsStand,
} from "../../domain/kooperationsplan/ueberpruefungsStand";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { PortalStaffDeps } from "../portal/ports";
import type { PlanDokument } from "../ports";
import { today } from "../today";
import { buildPlanDokument } from "./exportPlanPdf";

export interface UeberpruefungSeite {
  personId: string;
  version: PlanVersion;
  dokument: PlanDokument;
  stand: UeberpruefungsStand;
  /** A Fortschreibung draft already begun (continue or discard it instead). */
  entwurf: { nummer: number; lockVersion: number } | null;
}

/** The review page of a plan: its agreed version with what the portal reported since. Audited as a read. */
export async function getUeberpruefung(
  deps: PortalStaffDeps,
  planId: string,
): Promise<Result<UeberpruefungSeite>> {
  const allowed = await requireRecht(deps, "person.lesen");
  if (!allowed.ok) return allowed;
  const akte = await deps.repos.plaene.findById(planId);
  if (!akte) return err("nicht_gefunden");
  const version = akte.versionen.find((v) => v.status === "abgestimmt");
  if (!version?.abstimmung) return err("plan.kein_abgestimmter_plan");
  const dokument = await buildPlanDokument(deps, planId, version.nummer);
  if (!dokument.ok) return dokument;
  const b = deps.portal.beteiligung;
  const [meldungen, bewerbungen, vorschlaege] = await Promise.all([
    b.listSchrittStatus(akte.personId),
    b.listBewerbungen(akte.personId),
    b.listVorschlaege(akte.personId),
  ]);
  const stand = ueberpruefungsStand({
    inhalt: version.inhalt,
    abgestimmtAm: version.abstimmung.am,
    stichtag: today(deps.clock),
    meldungen: meldungen.filter((m) => m.planVersionId === version.id),
    bewerbungsDaten: bewerbungen.map((x) => x.datum),
    offeneVorschlaege: vorschlaege.filter((v) => v.status === "offen").length,
  });
  const entwurf = akte.versionen.find((v) => v.status === "entwurf");
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "ueberpruefung",
    objektId: version.id,
    personId: akte.personId,
  });
  return ok({
    personId: akte.personId,
    version,
    dokument: dokument.value,
    stand,
    entwurf: entwurf ? { nummer: entwurf.nummer, lockVersion: entwurf.lockVersion } : null,
  });
}
