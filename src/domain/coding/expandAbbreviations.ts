import { ABBREVIATIONS } from "./abbreviations";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isUpper = (s: string): boolean => s === s.toUpperCase();

const keys = Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length);
const LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
const after = (key: string): string => (key.endsWith(".") ? "" : "(?![\\p{L}\\p{N}])");
const caseSensitive = new RegExp(
  keys
    .filter(isUpper)
    .map((k) => LETTER_BEFORE + escape(k) + after(k))
    .join("|"),
  "gu",
);
const caseInsensitive = new RegExp(
  keys
    .filter((k) => !isUpper(k))
    .map((k) => LETTER_BEFORE + escape(k) + after(k))
    .join("|"),
  "giu",
);
const lookup = new Map(keys.map((k) => [k.toLowerCase(), ABBREVIATIONS[k] ?? k]));

/**
 * Replaces the abbreviations of jobcentre language ("ÄD", "AVGS", "IK", "mind.") by their long
 * forms, so that the lexicon and the patterns only need the long forms. Also returns which
 * abbreviations were expanded, for the explanation.
 */
export function expandAbbreviations(text: string): { text: string; expanded: string[] } {
  const expanded: string[] = [];
  const replace = (match: string): string => {
    const long = lookup.get(match.toLowerCase()) ?? match;
    if (long !== match && !/^[a-zäöü]+\.$/i.test(match)) expanded.push(`${match}→${long}`);
    return long;
  };
  const result = text.replace(caseInsensitive, replace).replace(caseSensitive, replace);
  return { text: result, expanded };
}
