import { contextPhrases } from "./contextPhrases";
import { type Token } from "./prepareText";

const SUBORDINATORS = new Set([
  "damit",
  "obwohl",
  "weil",
  "sodass",
  "dass",
  "falls",
  "sofern",
  "nachdem",
  "sobald",
  "wenn",
  "bevor",
  "indem",
  "ob",
  "obgleich",
]);
const RELATIVES = new Set([
  "die",
  "der",
  "das",
  "welche",
  "welcher",
  "welches",
  "wo",
  "was",
  "den",
  "dem",
  "denen",
]);
const SUBCLAUSE = 0.35;
const PARENTHESIS = 0.5;
const PURPOSE = 0.6;
const CONTEXT = 0.4;

const endsClause = (token: Token, prev: Token | undefined): boolean =>
  /[,;:!?]/.test(token.sepBefore) ||
  (token.sepBefore.includes(".") && prev !== undefined && /^[a-z]{3,}$/.test(prev.word));

/** Whether an "um" opens a purpose clause ("um ... zu ..."), i.e. a "zu" follows in its clause. */
function opensPurpose(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || endsClause(t, tokens[j - 1])) return false;
    if (t.word === "zu") return true;
  }
  return false;
}

/**
 * How much each word counts for the area (codebook rules 1 and 5): words in the main clause count
 * fully, words in clauses giving a reason or purpose ("damit", "weil", "um ... zu", relative
 * clauses), in parentheses or after "für" count less, and so do phrases that only give the time,
 * place, reason or topic ("Nach Abschluss des Deutschkurses", "im Jobcafé"); earlier words count
 * slightly more.
 */
export function clauseWeights(tokens: readonly Token[]): number[] {
  const context = contextPhrases(tokens);
  let sub = false;
  let purpose = false;
  let depth = 0;
  return tokens.map((t, i) => {
    depth = Math.max(
      0,
      depth + (t.sepBefore.match(/\(/g)?.length ?? 0) - (t.sepBefore.match(/\)/g)?.length ?? 0),
    );
    if (endsClause(t, tokens[i - 1])) [sub, purpose] = [false, false];
    const relative =
      RELATIVES.has(t.word) || (RELATIVES.has(tokens[i + 1]?.word ?? "") && t.word.length <= 4);
    if (SUBORDINATORS.has(t.word) || (t.sepBefore.includes(",") && relative)) sub = true;
    if (t.word === "waehrend" && !context[i]) sub = true;
    if (t.word === "um" && opensPurpose(tokens, i)) sub = true;
    if (t.word === "fuer") purpose = true;
    const position = 1.1 - (0.2 * i) / Math.max(1, tokens.length);
    return (
      position *
      (sub ? SUBCLAUSE : 1) *
      (depth > 0 ? PARENTHESIS : 1) *
      (purpose ? PURPOSE : 1) *
      (context[i] ? CONTEXT : 1)
    );
  });
}
