import { type Token } from "../prepareText";
import { withinOneEdit } from "../withinOneEdit";
import { type CompiledLexicon, type WordRule } from "./compileLexicon";

const MIN_FUZZY = 6;

function matches(rule: WordRule, token: Token): boolean {
  if (rule.noun && !token.capitalised) return false;
  const w = token.word;
  if (rule.mode === "prefix") return w.startsWith(rule.key);
  if (rule.mode === "infix") return w.includes(rule.key);
  if (rule.mode === "suffix") {
    const at = w.lastIndexOf(rule.key);
    return at >= 0 && w.length - at - rule.key.length <= 3;
  }
  return token.stem === rule.key;
}

function fuzzyMatches(rule: WordRule, token: Token): boolean {
  if (rule.key.length < MIN_FUZZY || (rule.noun && !token.capitalised)) return false;
  if (rule.mode === "stem") return withinOneEdit(rule.key, token.stem);
  if (rule.mode !== "prefix") return false;
  const k = rule.key.length;
  return [k - 1, k, k + 1].some((n) => withinOneEdit(rule.key, token.word.slice(0, n)));
}

const better = (a: WordRule, b: WordRule | undefined): boolean =>
  b === undefined || a.weight > b.weight || (a.weight === b.weight && a.key.length > b.key.length);

function pick(rules: Iterable<WordRule>, test: (r: WordRule) => boolean): WordRule | undefined {
  let best: WordRule | undefined;
  for (const rule of rules) if (better(rule, best) && test(rule)) best = rule;
  return best;
}

/**
 * The one lexicon rule a word counts for: the heaviest matching rule, on equal weight the most
 * specific (longest) one. Words without a match get one typo's tolerance ("Whonung").
 */
export function matchWord(
  token: Token,
  lexicon: CompiledLexicon,
): { rule: WordRule; fuzzy: boolean } | undefined {
  const exact = pick([...(lexicon.byStem.get(token.stem) ?? []), ...lexicon.partial], (r) =>
    matches(r, token),
  );
  if (exact) return { rule: exact, fuzzy: false };
  if (token.word.length < MIN_FUZZY) return undefined;
  const fuzzy = pick([...lexicon.stemRules, ...lexicon.partial], (r) => fuzzyMatches(r, token));
  return fuzzy ? { rule: fuzzy, fuzzy: true } : undefined;
}
