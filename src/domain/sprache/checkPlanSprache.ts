import type { PlanInhalt } from "../kooperationsplan/planInhalt";
import type { SprachBefund, SprachHinweis, TextStatistik } from "./befund";
import { countCodes, checkSprache } from "./checkSprache";
import { fleschAmstad } from "./lesbarkeit";

/** Ids for the plan's free-text fields that have no entry id of their own. */
export const FELD_IDS = {
  berufsziel: "berufsziel",
  vermittlungsfelder: "vermittlungsfelder",
  wasSonstNochWichtig: "wasSonstNochWichtig",
} as const;

export interface PlanSprachBefund {
  /** Per entry id (and per {@link FELD_IDS} for free-text fields); empty texts are left out. */
  eintraege: Map<string, SprachBefund>;
  /** The whole plan: summed statistics, readability of all texts, all findings tagged with `eintragId`. */
  gesamt: SprachBefund;
}

function texts(inhalt: PlanInhalt): [string, string][] {
  const result: [string, string][] = [
    [FELD_IDS.berufsziel, inhalt.berufsziel],
    ...inhalt.zwischenziele.map((e): [string, string] => [e.id, e.text]),
    ...inhalt.schritte.map((s): [string, string] => [s.id, [s.text, s.haeufigkeit, s.nachweis].join("\n")]),
    ...inhalt.unterstuetzung.map((e): [string, string] => [e.id, e.text]),
    ...inhalt.andereStellen.map((e): [string, string] => [e.id, e.text]),
    [FELD_IDS.vermittlungsfelder, inhalt.vermittlungsfelder],
    [FELD_IDS.wasSonstNochWichtig, inhalt.wasSonstNochWichtig],
  ];
  return result.filter(([, text]) => text.trim() !== "");
}

/**
 * Plain-language check of every text in a plan. For a step, text, frequency and proof are checked as
 * one text joined by line breaks (offsets: text first, then "\n" + haeufigkeit, then "\n" + nachweis).
 */
export function checkPlanSprache(inhalt: PlanInhalt): PlanSprachBefund {
  const eintraege = new Map<string, SprachBefund>();
  const statistik: TextStatistik = { saetze: 0, woerter: 0, buchstabenWoerter: 0, silben: 0 };
  const hinweise: SprachHinweis[] = [];
  for (const [id, text] of texts(inhalt)) {
    const befund = checkSprache(text);
    eintraege.set(id, befund);
    statistik.saetze += befund.statistik.saetze;
    statistik.woerter += befund.statistik.woerter;
    statistik.buchstabenWoerter += befund.statistik.buchstabenWoerter;
    statistik.silben += befund.statistik.silben;
    for (const h of befund.hinweise) hinweise.push({ ...h, eintragId: id });
  }
  const gesamt = {
    hinweise,
    statistik,
    lesbarkeit: fleschAmstad(statistik),
    anzahlNachCode: countCodes(hinweise),
  };
  return { eintraege, gesamt };
}
