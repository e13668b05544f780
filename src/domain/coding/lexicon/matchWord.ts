import { memoize } from "../memoize";
import { type Token } from "../prepareText";
import { stemGerman } from "../stemGerman";
import { withinOneEdit } from "../withinOneEdit";
import { type CompiledLexicon, type WordRule } from "./compileLexicon";

const MIN_FUZZY = 7;

type WordKey = Pick<Token, "word" | "stem" | "capitalised">;
export type WordMatch = { rule: WordRule; fuzzy: boolean } | undefined;

/**
 * Particles and prefixes that make a derived noun, not a compound: "Rücksprache", "Absprache" and
 * "Vorsprache" are kinds of talking, not languages; "Besuch" and "Versuch" are not "Sucht".
 */
const DERIVING_PREFIX = /^(?:rueck|ab|an|aus|vor|be|ver|ent|er|zer|ge|miss|wider)$/;
/** Linking elements between the parts of a compound ("Arbeit-s-vertrag", "Kind-er-garten"). */
const LINK = /(?:s|es|n|en|er|e)$/;

/**
 * Whether `modifier` can stand before a head inside a compound word: a real word part of at least
 * three letters, not a deriving particle (also after a linking element).
 */
function isModifier(modifier: string): boolean {
  if (modifier === "") return true;
  if (modifier.length < 3 || DERIVING_PREFIX.test(modifier)) return false;
  return !DERIVING_PREFIX.test(modifier.replace(LINK, ""));
}

/**
 * Compound-aware matching instead of substrings: a `*key` rule matches the head of a compound
 * ("Vollzeitstelle"), a `*key*` rule a part of it ("Berufssprachkurs"), in both cases only after a
 * real modifier (so "Rücksprache" is not "Sprache").
 */
function matches(rule: WordRule, token: WordKey): boolean {
  if (rule.noun && !token.capitalised) return false;
  const w = token.word;
  if (rule.mode === "prefix") return w.startsWith(rule.key);
  if (rule.mode === "infix") {
    for (let at = w.indexOf(rule.key); at >= 0; at = w.indexOf(rule.key, at + 1))
      if (isModifier(w.slice(0, at))) return true;
    return false;
  }
  if (rule.mode === "suffix") {
    const at = w.lastIndexOf(rule.key);
    return at >= 0 && w.length - at - rule.key.length <= 3 && isModifier(w.slice(0, at));
  }
  return token.stem === rule.key;
}

function fuzzyMatches(rule: WordRule, token: WordKey): boolean {
  if (rule.noun && !token.capitalised) return false;
  if (rule.mode === "stem") return withinOneEdit(rule.key, token.stem);
  const k = rule.key.length;
  return [k - 1, k, k + 1].some((n) => withinOneEdit(rule.key, token.word.slice(0, n)));
}

const better = (a: WordRule, b: WordRule | undefined): boolean =>
  b === undefined || a.weight > b.weight || (a.weight === b.weight && a.key.length > b.key.length);

function pick(
  best: WordRule | undefined,
  rules: readonly WordRule[] | undefined,
  test: (r: WordRule) => boolean,
) {
  for (const rule of rules ?? []) if (better(rule, best) && test(rule)) best = rule;
  return best;
}

function findRule(token: WordKey, lexicon: CompiledLexicon): WordMatch {
  const test = (r: WordRule): boolean => matches(r, token);
  let best = pick(pick(undefined, lexicon.byStem.get(token.stem), test), lexicon.partialShort, test);
  for (let i = 0; i + 3 <= token.word.length; i++)
    best = pick(best, lexicon.partialByTrigram.get(token.word.slice(i, i + 3)), test);
  if (best) return { rule: best, fuzzy: false };
  if (token.word.length < MIN_FUZZY - 1) return undefined;
  const fuzzy = pick(undefined, lexicon.fuzzyByFirst.get(token.word.charAt(0)), (r) =>
    fuzzyMatches(r, token),
  );
  return fuzzy ? { rule: fuzzy, fuzzy: true } : undefined;
}

const caches = new WeakMap<CompiledLexicon, (key: string) => WordMatch>();

/**
 * The one lexicon rule a word counts for: the heaviest matching rule, on equal weight the most
 * specific (longest) one. Words without a match get one typo's tolerance ("Whonung"), for keys of
 * at least seven letters with the same first letter. Results are memoised per lexicon.
 */
export function matchWord(token: WordKey, lexicon: CompiledLexicon): WordMatch {
  let cached = caches.get(lexicon);
  if (!cached) {
    cached = memoize((key) =>
      findRule({ word: key.slice(1), stem: stemGerman(key.slice(1)), capitalised: key[0] === "^" }, lexicon),
    );
    caches.set(lexicon, cached);
  }
  return cached((token.capitalised ? "^" : "_") + token.word);
}
