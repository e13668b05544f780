import { type Area } from "../areas";

/**
 * Words and patterns that point to one area, with weights.
 *
 * Word keys (written as in German; folded when compiled):
 * - `stelle`: same stem as the word ("Stellen", "Stelle")
 * - `bewerb*`: the word starts with it ("Bewerbungen", "bewerben")
 * - `*stelle`: compound ending in it ("Vollzeitstelle", "Teilzeitstellen")
 * - `*sucht*`: contained anywhere ("Suchtambulanz")
 * - a trailing `^` requires a capital letter in the original, i.e. a noun ("Stelle^" but not "stellen").
 *
 * Patterns are regular expressions on the folded text (lower case, "ae" for "ä"); the words they
 * cover are not counted again.
 */
export interface LexiconSpec {
  area: Area | "neutral";
  words: Readonly<Record<string, number>>;
  patterns?: readonly (readonly [RegExp, number])[];
}
