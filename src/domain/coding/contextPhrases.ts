import { type Token } from "./prepareText";

/**
 * Prepositions that open a time, place, reason or topic phrase around the action ("Nach Abschluss des
 * Deutschkurses", "Im Jobcafé der Stadtbibliothek", "Wegen der Kinder", "zum Stand der Maßnahme"). "in"
 * and "im" only at the start of a clause and, for "in", with a dative article (a place: "Im Jobcafé …",
 * "In der Klinik …"); with an accusative it names where something goes ("Vermittlung in Arbeit"), and
 * later in a clause it often belongs to the action ("im Gespräch bleiben").
 */
const CONTEXT_PREPOSITION = new Set([
  "nach",
  "vor",
  "waehrend",
  "trotz",
  "wegen",
  "seit",
  "neben",
  "parallel",
  "innerhalb",
  "ausserhalb",
  "bezueglich",
  "hinsichtlich",
]);
const DATIVE_ARTICLE = new Set(["der", "dem", "einer", "einem"]);
/** "zum Stand", "zur Frage": topic phrases. */
const TOPIC = new Set(["stand", "frage", "thema", "klaerung"]);
const ARTICLE = new Set([
  "der",
  "die",
  "das",
  "dem",
  "den",
  "des",
  "ein",
  "eine",
  "einer",
  "einem",
  "einen",
  "eines",
  "meiner",
  "meinem",
  "meines",
  "ihrer",
  "ihrem",
  "ihres",
  "seiner",
  "seinem",
  "seines",
]);
const GENITIVE = new Set([
  "des",
  "der",
  "eines",
  "einer",
  "meines",
  "meiner",
  "ihres",
  "ihrer",
  "seines",
  "seiner",
]);
const LINKING = new Set(["an", "zu", "zur", "zum", "mit", "von", "im", "in", "am", "bei", "beim"]);
/** Verbs that take "nach" as their object ("sucht nach Arbeit", "fragt nach Stunden"). */
const TAKES_NACH = /^(?:such|frag|schau|guck|erkundig|recherchier|halt)/;

const endsClause = (t: Token): boolean => /[,;:!?()]/.test(t.sepBefore);
/** Level codes and numbers continue a noun phrase ("des Deutschkurses A2"). */
const isCode = (t: Token): boolean => /^[abc][12]$|^\d+$/.test(t.word);

function opensContext(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || t.inserted) return false;
  if (t.word === "nach" && TAKES_NACH.test(tokens[i - 1]?.word ?? "")) return false;
  const clauseStart = i === 0 || endsClause(t);
  if (t.word === "im") return clauseStart;
  if (t.word === "in") return clauseStart && DATIVE_ARTICLE.has(next.word);
  if ((t.word === "zum" || t.word === "zur") && TOPIC.has(next.word)) return true;
  if (t.word === "waehrend") return ARTICLE.has(next.word) || next.capitalised;
  return CONTEXT_PREPOSITION.has(t.word);
}

/**
 * The end (exclusive) of a prepositional phrase starting at `from`: articles and adjectives, the
 * noun, then genitive attributes ("der Stadtbibliothek"), level codes and, in the first field of the
 * sentence, attached phrases ("im Anschluss an die Reha"). It stops at the verb (a lower-case word after
 * the noun), at a second bare noun (the object: "… Stadtbibliothek Lebenslauf überarbeiten") and at a
 * clause boundary.
 */
function phraseEnd(tokens: readonly Token[], from: number): number {
  const first = from === 0 || endsClause(tokens[from] as Token);
  let sawNoun = false;
  let i = from + 1;
  if (tokens[from]?.word === "parallel" && /^zu[mr]?$/.test(tokens[i]?.word ?? "")) i++;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (endsClause(t)) break;
    if (!sawNoun) {
      if (t.capitalised) sawNoun = true;
      continue;
    }
    if (isCode(t)) continue;
    if (GENITIVE.has(t.word) || (first && LINKING.has(t.word))) {
      sawNoun = false;
      continue;
    }
    break;
  }
  return i;
}

/**
 * Marks the words that only set the scene of an entry (time, place, reason, topic) rather than say what
 * is to be done, so that the action (the verb phrase and its object) outweighs them.
 */
export function contextPhrases(tokens: readonly Token[]): boolean[] {
  const context = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    if (!opensContext(tokens, i)) continue;
    const end = phraseEnd(tokens, i);
    // a phrase that is all there is (a heading, "Im Anschluss an die Reha.") is not scene-setting
    if (i === 0 && end >= tokens.length) break;
    for (let k = i; k < end; k++) context[k] = true;
    i = end - 1;
  }
  return context;
}
