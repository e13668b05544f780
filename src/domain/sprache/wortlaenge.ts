import { type SprachHinweis } from "./befund";
import { countSilben } from "./silben";
import { countBuchstaben, type Wort } from "./woerter";

/** A word is long from this many letters … */
export const LANGES_WORT_BUCHSTABEN = 13;
/** … or from this many syllables. */
export const LANGES_WORT_SILBEN = 5;

// Common joints in German compounds: "Bewerbungs|training", "Arbeits|agentur", "Kinder|betreuung".
const FUGE = /(ungs|heits|keits|schafts|tions|täts|ions|ings|arbeits|kinder|lebens|berufs)(?=\p{L}{4})/iu;

/** Suggests a hyphenated spelling at a compound joint, e.g. "Bewerbungs-Training"; null if none is found. */
export function suggestTrennung(word: string): string | null {
  const m = FUGE.exec(word);
  if (!m || m.index + m[0].length < 4) return null;
  const cut = m.index + m[0].length;
  const rest = word.slice(cut);
  return `${word.slice(0, cut)}-${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/** Flags words with ≥ 13 letters or ≥ 5 syllables (each part of a hyphenated word on its own). */
export function checkWortlaenge(wort: Wort): SprachHinweis | null {
  if (!wort.buchstaben) return null;
  const parts = wort.text.split(/[-‐]/);
  const isLong = parts.some(
    (p) => countBuchstaben(p) >= LANGES_WORT_BUCHSTABEN || countSilben(p) >= LANGES_WORT_SILBEN,
  );
  if (!isLong) return null;
  const split = parts.length === 1 ? suggestTrennung(wort.text) : null;
  return {
    code: "langes_wort",
    message: `„${wort.text}“ ist ein langes Wort.`,
    suggestion: split
      ? `Schreiben Sie es mit Bindestrich („${split}“) oder nehmen Sie ein einfacheres Wort.`
      : "Nehmen Sie ein kürzeres, bekanntes Wort oder erklären Sie das Wort.",
    start: wort.start,
    end: wort.end,
  };
}
