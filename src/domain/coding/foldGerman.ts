const UMLAUTS: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/**
 * Folds German text for matching: lower case, umlauts and ß spelled out (ä→ae, ß→ss), other
 * accents dropped, typographic quotes and dashes unified, whitespace collapsed. Punctuation stays,
 * so that dates ("15.03.") and clauses can still be recognised.
 */
export function foldGerman(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => UMLAUTS[ch] ?? ch)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[„“”«»"]/g, '"')
    .replace(/[‚‘’`´]/g, "'")
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ");
}
