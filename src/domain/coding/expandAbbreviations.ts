import { ABBREVIATIONS, ARBEITGEBER_BEFORE } from "./abbreviations";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isUpper = (s: string): boolean => s === s.toUpperCase();

const keys = Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length);
const LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
const after = (key: string): string => (key.endsWith(".") ? "" : "(?![\\p{L}\\p{N}])");
const ABBREVIATION = new RegExp(
  [...keys, "AG"].map((k) => LETTER_BEFORE + escape(k) + after(k)).join("|"),
  "giu",
);
/** The long form for a match: upper-case keys only as written ("IK", not "ik"), others in any case. */
function longFormOf(match: string): string | undefined {
  const exact = ABBREVIATIONS[match];
  if (exact !== undefined && isUpper(match)) return exact;
  const key = keys.find((k) => !isUpper(k) && k.toLowerCase() === match.toLowerCase());
  return key === undefined ? undefined : ABBREVIATIONS[key];
}

export interface Expansion {
  text: string;
  /** Expanded abbreviations, e.g. `ÄD→Ärztlicher Dienst`. */
  expanded: string[];
  /**
   * Spans of `text` that an expansion inserted only for reading (written `[…]` in the table, e.g.
   * the "bei einem Arbeitgeber" of MAG): they must not decide the area.
   */
  silent: (readonly [number, number])[];
}

/** "AG" stands for Arbeitgeber after an article or possessive or in a compound, else for a company form. */
function isArbeitgeber(text: string, at: number): boolean {
  return ARBEITGEBER_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || text.charAt(at + 2) === "-";
}

/**
 * Replaces the abbreviations of jobcentre language ("ÄD", "AVGS", "AGH", "mind.") by their long
 * forms, so that the lexicon and the patterns only need the long forms. Upper-case keys match only in
 * upper case; "AG" becomes "Arbeitgeber" only where it is one ("beim AG", "AG-Kontakt"), not after a
 * company name ("Stadtwerke AG"). Returns which abbreviations were expanded, for the explanation, and
 * the inserted words that must not count for the area.
 */
export function expandAbbreviations(input: string): Expansion {
  const expanded: string[] = [];
  const silent: (readonly [number, number])[] = [];
  let text = "";
  let last = 0;
  for (const m of input.matchAll(ABBREVIATION)) {
    const match = m[0];
    const ag = match === "AG";
    if (ag && !isArbeitgeber(input, m.index)) continue;
    const long = ag ? "Arbeitgeber" : longFormOf(match);
    if (long === undefined) continue;
    text += input.slice(last, m.index);
    last = m.index + match.length;
    for (const piece of long.split(/(\[[^\]]*\])/)) {
      if (piece.startsWith("[")) {
        const words = piece.slice(1, -1);
        silent.push([text.length, text.length + words.length]);
        text += words;
      } else text += piece;
    }
    const plain = long.replace(/[[\]]/g, "");
    if (plain !== match && !/^[a-zäöü]+\.$/i.test(match)) expanded.push(`${match}→${plain}`);
  }
  return { text: text + input.slice(last), expanded, silent };
}
