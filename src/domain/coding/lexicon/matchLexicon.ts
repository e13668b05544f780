import { type Area } from "../areas";
import { originalText } from "../originalText";
import { type PreparedText } from "../prepareText";
import { type CompiledLexicon } from "./compileLexicon";
import { matchWord } from "./matchWord";

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
 * by its clause (see `clauseWeights`).
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
      if (p.area !== "neutral")
        hits.push({
          area: p.area,
          text: originalText(prepared.expanded, m.index, m.index + m[0].length),
          weight: p.weight * (weights[from] ?? 1),
          position: from,
        });
    }
  }
  tokens.forEach((token, i) => {
    if (used.has(i)) return;
    const found = matchWord(token, lexicon);
    if (!found || found.rule.area === "neutral") return;
    const weight = found.rule.weight * (weights[i] ?? 1) * (found.fuzzy ? 0.8 : 1);
    hits.push({
      area: found.rule.area,
      text: found.fuzzy ? `${token.orig}≈${found.rule.label}` : token.orig,
      weight,
      position: i,
    });
  });
  return hits;
}
