import { type SprachHinweis } from "./befund";
import { AMTSDEUTSCH, type AmtsdeutschEintrag } from "./amtsdeutschListe";

const L = "\\p{L}";
const NOT_L_BEFORE = `(?<!${L})`;
const NOT_L_AFTER = `(?!${L})`;

function source(entry: AmtsdeutschEintrag): string {
  switch (entry.form) {
    case "wort":
      return `${NOT_L_BEFORE}${entry.muster}${NOT_L_AFTER}`;
    case "anfang":
      return `${NOT_L_BEFORE}${entry.muster}${L}*`;
    case "teil":
      return `${NOT_L_BEFORE}${L}*?${entry.muster}${L}*`;
    case "phrase":
      return `${NOT_L_BEFORE}${entry.muster.replace(/ /g, "\\s+")}${NOT_L_AFTER}`;
  }
}

interface Compiled {
  all: RegExp;
  each: { entry: AmtsdeutschEintrag; re: RegExp }[];
}
let compiled: Compiled | undefined;

/**
 * One combined regex finds candidates in a single pass; the per-entry regexes only name the hit.
 * Phrases and longer terms come first, so "Maßnahmeträger" gets its own suggestion.
 */
function compile(): Compiled {
  if (!compiled) {
    const sorted = [...AMTSDEUTSCH].sort(
      (a, b) =>
        Number(b.form === "phrase") - Number(a.form === "phrase") || b.muster.length - a.muster.length,
    );
    compiled = {
      all: new RegExp(sorted.map((x) => `(?:${source(x)})`).join("|"), "giu"),
      each: sorted.map((entry) => ({ entry, re: new RegExp(`^(?:${source(entry)})$`, "iu") })),
    };
  }
  return compiled;
}

/** Finds Amtsdeutsch terms (whole compound words or phrases) and proposes plain alternatives. */
export function checkAmtsdeutsch(text: string): SprachHinweis[] {
  const { all, each } = compile();
  const result: SprachHinweis[] = [];
  for (const m of text.matchAll(all)) {
    const hit = each.find((x) => x.re.test(m[0]));
    if (!hit) continue;
    result.push({
      code: "amtsdeutsch",
      message: `„${m[0]}“ ist Amtsdeutsch.`,
      suggestion: `Einfacher: „${hit.entry.ersatz}“.`,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return result;
}

/** Number of dictionary entries (the catalogue is checked to have at least 40). */
export const AMTSDEUTSCH_ANZAHL = AMTSDEUTSCH.length;
