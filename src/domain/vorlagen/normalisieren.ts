/**
 * Folds text for search: lower case, umlauts to base vowels (also "ae/oe/ue"), ß to "ss", everything
 * that is not a letter or digit to a space. Query and catalogue use the same folding, so "ubersetz",
 * "uebersetz" and "Übersetz" match alike.
 */
export function normalisieren(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä|ae/g, "a")
    .replace(/ö|oe/g, "o")
    .replace(/ü|ue/g, "u")
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Folded words of a text. */
export function toWoerter(text: string): string[] {
  const folded = normalisieren(text);
  return folded === "" ? [] : folded.split(" ");
}
