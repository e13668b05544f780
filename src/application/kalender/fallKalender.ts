import { buildKalender, type KalenderEintrag } from "../../domain/kalender/icalendar";
import { planKalenderEintraege, type PlanKalenderTexte } from "../../domain/kalender/planKalender";
import { berlinDate } from "../../domain/shared/isoDate";
import type { UseCaseDeps } from "../ports";

export const PRODID_FACHKRAFT = "-//Kooperationsplan//Fachkraft//DE";
/** More persons than any caseload has; the feed is cut there rather than becoming unbounded. */
const MAX_FAELLE = 2000;

/**
 * The counsellor's own feed: appointments and step deadlines of the current plans of their caseload.
 * Titles carry the BG number and a fixed text only, never a name or an entry's wording (which could
 * name health matters). One audit row for the request, naming the subscription.
 */
export async function exportFallKalender(
  deps: UseCaseDeps,
  aboId: string,
  texte: PlanKalenderTexte & { kalenderName: string },
): Promise<string> {
  const heute = berlinDate(deps.clock.now());
  const { zeilen } = await deps.repos.personen.listFaelle(
    { status: "alle", limit: MAX_FAELLE, offset: 0 },
    heute,
  );
  const eintraege: KalenderEintrag[] = [];
  for (const fall of zeilen) {
    if (!fall.planId) continue;
    const akte = await deps.repos.plaene.findById(fall.planId);
    if (!akte || akte.beendet) continue;
    eintraege.push(
      ...planKalenderEintraege(
        { planId: akte.planId, versionen: akte.versionen, titelPraefix: `BG ${fall.bgNummer}` },
        texte,
      ),
    );
  }
  await deps.repos.audit.record({
    aktion: "exportieren",
    objekt: "kalender_abo",
    objektId: aboId,
    details: { eintraege: eintraege.length, faelle: zeilen.length },
  });
  return buildKalender({ prodId: PRODID_FACHKRAFT, name: texte.kalenderName, eintraege }, deps.clock.now());
}
