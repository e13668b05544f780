import { addMonate, monateZwischen, type Monat } from "./monat";
import { type VerlaufMonat } from "./rechtsfolgenErgebnis";

/** A reduction already running (from `vorherige`), with its duration resolved. */
export interface LaufendeMinderung {
  beginn: Monat;
  monate: number;
  prozent: number;
}

const laeuftIn = (l: LaufendeMinderung, monat: Monat) => {
  const n = monateZwischen(l.beginn, monat);
  return n >= 0 && n < l.monate;
};

/**
 * Month by month, how much of `regelProzent` this reduction may take next to the reductions already running:
 * all reductions together are capped at `grenze` % of the Regelbedarf (§ 31a Abs. 4 Satz 1 SGB II, also for
 * § 32 via § 32 Abs. 2). For § 31a Abs. 7 the cap is the whole Regelbedarf (100 %).
 */
export function verlaufMitKappung(
  beginn: Monat,
  monate: number,
  regelProzent: number,
  grenze: number,
  laufende: LaufendeMinderung[],
): VerlaufMonat[] {
  return Array.from({ length: monate }, (_, i) => {
    const monat = addMonate(beginn, i);
    const laufend = laufende.filter((l) => laeuftIn(l, monat)).reduce((sum, l) => sum + l.prozent, 0);
    const prozent = Math.max(0, Math.min(regelProzent, grenze - laufend));
    return { monat, prozent, gesamtProzent: laufend + prozent };
  });
}
