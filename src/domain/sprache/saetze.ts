import { ABKUERZUNGEN, MONATE } from "./abkuerzungen";

/** A span of text, UTF-16 offsets, `end` exclusive. */
export interface Abschnitt {
  start: number;
  end: number;
}

// A candidate end: ".", "!", "?", "…" (possibly repeated, possibly followed by closing quotes or
// brackets), then white space. Line breaks always end a sentence (bullet lists, short notes).
const CANDIDATE = /[.!?…]+["“”'’»«)\]]*(?=\s)|\n+/g;
const WORD_BEFORE = /([\p{L}\p{N}]+)\.?$/u;
const WORD_AFTER = /^\s*["„“”'‚»«(]*([\p{L}\p{N}]*)/u;

function isBoundary(text: string, dot: number, matched: string): boolean {
  if (matched.startsWith("\n")) return true;
  if (!matched.startsWith(".") || matched.startsWith("..")) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, dot - 30), dot + 1))?.[1] ?? "";
  const after = WORD_AFTER.exec(text.slice(dot + matched.length, dot + matched.length + 40))?.[1] ?? "";
  if (after === "") return true;
  const lowerBefore = before.toLowerCase();
  if (ABKUERZUNGEN.has(lowerBefore)) return false;
  if (/^\p{L}$/u.test(before)) return false; // initials, "z. B.", "u. a."
  if (/^\p{Ll}/u.test(after)) return false; // a sentence starts upper case
  if (/^\d{1,2}$/.test(before) && MONATE.has(after.toLowerCase())) return false; // "am 12. März"
  return true;
}

/**
 * Splits German text into sentences. Periods after abbreviations ("z. B.", "bzw.", "Nr.", "ca."),
 * single letters, inside numbers and dates ("12.03.2026"), and ordinals before month names do not
 * end a sentence. Returns trimmed spans; empty sentences are dropped.
 */
export function splitSaetze(text: string): Abschnitt[] {
  const result: Abschnitt[] = [];
  let start = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const end = m.index + m[0].length;
    if (!isBoundary(text, m.index, m[0])) continue;
    pushTrimmed(text, start, end, result);
    start = end;
  }
  pushTrimmed(text, start, text.length, result);
  return result;
}

function pushTrimmed(text: string, start: number, end: number, out: Abschnitt[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e });
}
