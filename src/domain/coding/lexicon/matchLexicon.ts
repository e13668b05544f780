import { type Area } from "../areas";
import { originalText } from "../originalText";
import { type PreparedText } from "../prepareText";
import { type CompiledLexicon } from "./compileLexicon";
import { matchWord } from "./matchWord";

/** How much the first part of a hyphenated compound counts when its head points elsewhere ("Job-Coaching"). */
const MODIFIER = 0.5;

/** One piece of evidence for an area: which words, how much they count. */
export interface Hit {
  area: Area;
  /** The words of the entry that matched (as written). */
  text: string;
  weight: number;
  position: number;
}

/**
 * Finds the evidence for each area in an entry: first the multi-word patterns (their words are
 * then used up), then each remaining word counts for at most one area. `weights` scales each word
 * by its clause (see `clauseWeights`). Words an abbreviation inserted for reading do not count; in a
 * hyphenated compound the head decides over the first part.
 */
export function matchLexicon(
  prepared: PreparedText,
  weights: readonly number[],
  lexicon: CompiledLexicon,
): Hit[] {
  const { tokens, folded } = prepared;
  const used = new Set<number>();
  const hits: Hit[] = [];
  const firstTokenAt = (offset: number): number => {
    const i = tokens.findIndex((t) => t.start >= offset);
    return i < 0 ? tokens.length : i;
  };
  for (const p of lexicon.patterns) {
    for (const m of folded.matchAll(p.re)) {
      const from = Math.min(firstTokenAt(m.index), tokens.length - 1);
      const to = Math.max(firstTokenAt(m.index + m[0].length), from + 1);
      const covered = tokens.slice(from, to).map((_, k) => from + k);
      if (covered.some((i) => used.has(i))) continue;
      covered.forEach((i) => used.add(i));
      if (covered.every((i) => tokens[i]?.inserted)) continue;
      if (p.area !== "neutral")
        hits.push({
          area: p.area,
          text: originalText(prepared.expanded, m.index, m.index + m[0].length),
          weight: p.weight * (weights[from] ?? 1),
          position: from,
        });
    }
  }
  const found = tokens.map((token, i) =>
    used.has(i) || token.inserted ? undefined : matchWord(token, lexicon),
  );
  tokens.forEach((token, i) => {
    const match = found[i];
    if (!match || match.rule.area === "neutral") return;
    const head = token.headIndex === undefined ? undefined : found[token.headIndex];
    const modifier = head && head.rule.area !== match.rule.area ? MODIFIER : 1;
    const weight = match.rule.weight * (weights[i] ?? 1) * (match.fuzzy ? 0.8 : 1) * modifier;
    hits.push({
      area: match.rule.area,
      text: match.fuzzy ? `${token.orig}≈${match.rule.label}` : token.orig,
      weight,
      position: i,
    });
  });
  return hits;
}
