import { type SprachHinweis } from "./befund";
import { AMTSDEUTSCH, type AmtsdeutschEintrag } from "./amtsdeutschListe";
import { findWoerter, type Wort } from "./woerter";

interface Compiled {
  /** Single-word entries, longest term first, so "Maßnahmeträger" gets its own suggestion. */
  woerter: AmtsdeutschEintrag[];
  phrasen: RegExp | null;
  phrasenEintraege: { entry: AmtsdeutschEintrag; re: RegExp }[];
}
let compiled: Compiled | undefined;

function compile(): Compiled {
  if (!compiled) {
    const phrasen = AMTSDEUTSCH.filter((x) => x.form === "phrase");
    const src = (x: AmtsdeutschEintrag) => x.muster.replace(/ /g, "\\s+");
    compiled = {
      woerter: AMTSDEUTSCH.filter((x) => x.form !== "phrase").sort(
        (a, b) => b.muster.length - a.muster.length,
      ),
      phrasen: phrasen.length ? new RegExp(`\\b(?:${phrasen.map(src).join("|")})(?!\\p{L})`, "giu") : null,
      phrasenEintraege: phrasen.map((entry) => ({ entry, re: new RegExp(`^(?:${src(entry)})$`, "iu") })),
    };
  }
  return compiled;
}

function matchWord(lower: string, entry: AmtsdeutschEintrag): boolean {
  if (entry.form === "wort") return lower === entry.muster;
  if (entry.form === "anfang") return lower.startsWith(entry.muster);
  return lower.includes(entry.muster);
}

function finding(text: string, start: number, end: number, ersatz: string): SprachHinweis {
  return {
    code: "amtsdeutsch",
    message: `„${text.slice(start, end)}“ ist Amtsdeutsch.`,
    suggestion: `Einfacher: „${ersatz}“.`,
    start,
    end,
  };
}

/**
 * Finds Amtsdeutsch terms (whole compound words, e.g. "Eingliederungsvereinbarung", or phrases such as
 * "in Anspruch") and proposes plain alternatives. `woerter` may be passed when already tokenised.
 */
export function checkAmtsdeutsch(
  text: string,
  woerter: readonly Wort[] = findWoerter(text),
): SprachHinweis[] {
  const { woerter: entries, phrasen, phrasenEintraege } = compile();
  const result: SprachHinweis[] = [];
  for (const w of woerter) {
    if (!w.buchstaben) continue;
    const lower = w.text.toLowerCase();
    const hit = entries.find((entry) => matchWord(lower, entry));
    if (hit) result.push(finding(text, w.start, w.end, hit.ersatz));
  }
  if (phrasen) {
    for (const m of text.matchAll(phrasen)) {
      const hit = phrasenEintraege.find((x) => x.re.test(m[0]));
      if (hit) result.push(finding(text, m.index, m.index + m[0].length, hit.entry.ersatz));
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

/** Number of dictionary entries (the catalogue is checked to have at least 40). */
export const AMTSDEUTSCH_ANZAHL = AMTSDEUTSCH.length;
