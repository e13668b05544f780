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

/** Expands abbreviations, folds and tokenises an entry's text once for all rules. */
export function prepareText(text: string): PreparedText {
  const { text: expanded, expanded: abbreviations } = expandAbbreviations(text.replace(/\s+/g, " ").trim());
  const pieces = expanded.split(/([\p{L}\p{N}]+)/u);
  const tokens: Token[] = [];
  let folded = "";
  let sep = "";
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
      });
      sep = "";
    } else {
      sep = f;
    }
    folded += f;
  });
  return { expanded, folded, tokens, abbreviations };
}
