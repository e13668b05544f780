import { type Abschnitt } from "./saetze";

/** A word in a text with its offsets; `buchstaben` is false for numbers and dates. */
export interface Wort extends Abschnitt {
  text: string;
  buchstaben: boolean;
}

// Letters/digits, joined by inner hyphens, apostrophes or periods ("E-Mail", "12.03.2026").
const WORD = /[\p{L}\p{N}]+(?:[-‐'’.][\p{L}\p{N}]+)*/gu;

const NOT_LETTER = /\P{L}/gu;

/** Words inside `span` of `text` (all of `text` when no span is given). */
export function findWoerter(text: string, span: Abschnitt = { start: 0, end: text.length }): Wort[] {
  const slice = text.slice(span.start, span.end);
  const result: Wort[] = [];
  for (const m of slice.matchAll(WORD)) {
    const start = span.start + m.index;
    result.push({ text: m[0], start, end: start + m[0].length, buchstaben: /\p{L}/u.test(m[0]) });
  }
  return result;
}

/** Number of letters (umlauts and ß count as one letter). */
export function countBuchstaben(word: string): number {
  return word.replace(NOT_LETTER, "").length;
}
