import { foldGerman } from "../coding/foldGerman";
import { withinOneEdit } from "../coding/withinOneEdit";

/**
 * Below this similarity the text of an entry has changed "substantially" since a counsellor chose its
 * area by hand: the choice stays, but is marked "Bereich prüfen". A typo fix or a few added words stay
 * well above it (about 0.8 and more); a rewrite of the entry falls far below (about 0.1).
 */
export const BEREICH_PRUEFEN_UNTER = 0.5;

/** Words of a text for comparing: folded (case, umlauts), split at everything but letters and digits. */
function woerter(text: string): string[] {
  return [
    ...new Set(
      foldGerman(text)
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    ),
  ];
}

/** Same word, or (from four letters on) one typo apart: "Frimen" is "Firmen". */
const gleichesWort = (a: string, b: string) =>
  a === b || (a.length >= 4 && b.length >= 4 && withinOneEdit(a, b));

/**
 * Token-set similarity of two texts (Jaccard on their sets of words, a word matching when it is the
 * same or one typo apart): 1 for the same words, 0 for no word in common. Two empty texts are equal.
 */
export function textAehnlichkeit(a: string, b: string): number {
  const wa = woerter(a);
  const wb = woerter(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  const frei = [...wb];
  let gemeinsam = 0;
  for (const w of wa) {
    const i = frei.findIndex((v) => gleichesWort(w, v));
    if (i < 0) continue;
    frei.splice(i, 1);
    gemeinsam += 1;
  }
  return gemeinsam / (wa.length + wb.length - gemeinsam);
}

/**
 * Does a manual choice of area need a look? Yes when the entry's text is no longer similar to the text
 * at the time of the choice (`bezugstext`). Without a reference (an older choice) nothing is marked.
 */
export function bereichPruefen(bezugstext: string | undefined, text: string): boolean {
  return bezugstext !== undefined && textAehnlichkeit(bezugstext, text) < BEREICH_PRUEFEN_UNTER;
}
