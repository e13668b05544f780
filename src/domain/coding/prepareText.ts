import { expandAbbreviations } from "./expandAbbreviations";
import { foldGerman } from "./foldGerman";
import { memoize } from "./memoize";
import { stemGerman } from "./stemGerman";

const stem = memoize(stemGerman);
const fold = (piece: string): string => (/^[a-z0-9 ]*$/.test(piece) ? piece : foldGerman(piece));

/** One word of an entry, folded and stemmed, with its position in the folded text. */
export interface Token {
  /** The word as written (after abbreviation expansion). */
  orig: string;
  /** Folded form: lower case, umlauts spelled out. */
  word: string;
  stem: string;
  /** Offset in `PreparedText.folded`. */
  start: number;
  /** Starts with a capital letter in the original (German nouns, names). */
  capitalised: boolean;
  /** Folded separator text before the word (spaces, punctuation). */
  sepBefore: string;
  /** Inserted by an abbreviation's expansion for reading only: does not count for the area. */
  inserted: boolean;
  /** Index of the head when the word is the first part of a hyphenated compound ("EDV" in "EDV-Kurs"). */
  headIndex?: number;
}

export interface PreparedText {
  /** Text after whitespace clean-up and abbreviation expansion, case kept. */
  expanded: string;
  /** Folded text, aligned with the tokens. */
  folded: string;
  tokens: Token[];
  /** Expanded abbreviations, e.g. `ÄD→Ärztlicher Dienst`. */
  abbreviations: string[];
}

/**
 * Hyphenated compounds ("EDV-Kurs", "Näh-Kurs", "Kita-Platz") are one noun whose head is the last
 * part; the tokeniser splits them at the hyphen, so each earlier part is linked to its head.
 */
function markCompoundHeads(tokens: Token[]): void {
  let head = tokens.length - 1;
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (tokens[i + 1]?.sepBefore === "-") {
      const t = tokens[i];
      if (t) t.headIndex = head;
    } else head = i;
  }
}

/** Expands abbreviations, folds and tokenises an entry's text once for all rules. */
export function prepareText(text: string): PreparedText {
  const {
    text: expanded,
    expanded: abbreviations,
    silent,
  } = expandAbbreviations(text.replace(/\s+/g, " ").trim());
  const pieces = expanded.split(/([\p{L}\p{N}]+)/u);
  const tokens: Token[] = [];
  let folded = "";
  let sep = "";
  let at = 0;
  pieces.forEach((piece, i) => {
    const f = fold(piece);
    if (i % 2 === 1) {
      tokens.push({
        orig: piece,
        word: f,
        stem: stem(f),
        start: folded.length,
        capitalised: /^\p{Lu}/u.test(piece),
        sepBefore: sep,
        inserted: silent.some(([from, to]) => at >= from && at < to),
      });
      sep = "";
    } else {
      sep = f;
    }
    folded += f;
    at += piece.length;
  });
  markCompoundHeads(tokens);
  return { expanded, folded, tokens, abbreviations };
}
