import { addDays, compareIsoDate, daysBetween, type IsoDate } from "../shared/isoDate";
import { FAELLIG_VORLAUF_TAGE } from "../kooperationsplan/ueberpruefung";
import {
  PORTAL_BEZUG,
  type EingangEintrag,
  type EingangQuelle,
  type FaelligArt,
  type FaelligQuelle,
} from "./posteingang";

/** How many days ahead an item falls due: reviews 14 (as the caseload), deadlines and Schlichtung 7. */
export const VORLAUF_TAGE: Record<FaelligArt, number | null> = {
  ueberpruefung: FAELLIG_VORLAUF_TAGE,
  frist: 7,
  schlichtung: 7,
  // a drafted letter waits until it is sent, whatever its date
  brief: null,
};

/** The latest day any dated item can fall on to be in the inbox on `heute` (for the adapter's query). */
export const horizont = (heute: IsoDate): IsoDate => addDays(heute, FAELLIG_VORLAUF_TAGE);

function faellig(q: FaelligQuelle, heute: IsoDate): boolean {
  if (q.erledigt) return false;
  if (q.art === "frist" && q.gemeldet === "erledigt") return false;
  const vorlauf = VORLAUF_TAGE[q.art];
  return vorlauf === null || daysBetween(heute, q.am) <= vorlauf;
}

function eintrag(q: EingangQuelle, heute: IsoDate): EingangEintrag | null {
  const basis = {
    personId: q.personId,
    personName: q.personName,
    betreuerId: q.betreuerId,
    betreuerName: q.betreuerName,
    planId: q.planId,
    art: q.art,
  };
  if ("neu" in q) {
    if (q.neu <= 0) return null;
    return {
      ...basis,
      schluessel: { personId: q.personId, art: q.art, bezugId: PORTAL_BEZUG },
      datum: q.ersteAm,
      seit: q.ersteAm,
      ueberfaellig: false,
      anzahl: q.neu,
      problemGemeldet: false,
    };
  }
  if (!faellig(q, heute)) return null;
  const vorlauf = VORLAUF_TAGE[q.art];
  const seit = vorlauf === null ? q.am : addDays(q.am, -vorlauf);
  return {
    ...basis,
    schluessel: { personId: q.personId, art: q.art, bezugId: q.bezugId },
    datum: q.am,
    seit: compareIsoDate(seit, heute) > 0 ? heute : seit,
    ueberfaellig: compareIsoDate(q.am, heute) < 0,
    anzahl: null,
    problemGemeldet: q.gemeldet === "problem",
  };
}

function reihenfolge(a: EingangEintrag, b: EingangEintrag): number {
  if (a.ueberfaellig !== b.ueberfaellig) return a.ueberfaellig ? -1 : 1;
  return (
    compareIsoDate(a.datum, b.datum) ||
    a.personName.localeCompare(b.personName, "de") ||
    a.art.localeCompare(b.art) ||
    a.schluessel.bezugId.localeCompare(b.schluessel.bezugId)
  );
}

/**
 * The counsellor's inbox on `heute` (Berlin calendar date): new portal activity, reviews due within 14 days
 * or overdue, step deadlines within 7 days or passed and not reported done, letters drafted but not sent,
 * Schlichtungen ending within 7 days; without what was marked done. Overdue first, then by date.
 */
export function bestimmePosteingang(quellen: readonly EingangQuelle[], heute: IsoDate): EingangEintrag[] {
  return quellen
    .map((q) => eintrag(q, heute))
    .filter((e): e is EingangEintrag => e !== null)
    .sort(reihenfolge);
}

/** Open items per person (for the caseload). */
export function offenProPerson(eintraege: readonly EingangEintrag[]): Record<string, number> {
  const anzahl: Record<string, number> = {};
  for (const e of eintraege) anzahl[e.personId] = (anzahl[e.personId] ?? 0) + 1;
  return anzahl;
}

/** Whether `schluessel` names an open item. */
export const istOffen = (
  eintraege: readonly EingangEintrag[],
  s: { personId: string; art: string; bezugId: string },
): boolean =>
  eintraege.some((e) => e.personId === s.personId && e.art === s.art && e.schluessel.bezugId === s.bezugId);
