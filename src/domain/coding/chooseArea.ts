import { type Area, type EntryKind, areasForKind } from "./areas";
import { type Hit } from "./lexicon/matchLexicon";

export interface AreaChoice {
  area: Area;
  score: number;
  /** The hits for the chosen area, strongest first. */
  evidence: Hit[];
}

/**
 * Picks the area with the most evidence among those allowed for the kind. On a tie the area
 * mentioned first wins (codebook rule 5); without any evidence the most common area of the kind
 * (`arbeit` or `beratung`) is the fallback.
 */
export function chooseArea(kind: EntryKind, hits: readonly Hit[]): AreaChoice {
  const allowed = areasForKind(kind);
  const fallback = allowed[0] ?? "arbeit";
  let best: AreaChoice = { area: fallback, score: 0, evidence: [] };
  let bestFirst = Number.POSITIVE_INFINITY;
  for (const area of allowed) {
    const evidence = hits.filter((h) => h.area === area);
    const score = evidence.reduce((sum, h) => sum + h.weight, 0);
    const first = Math.min(...evidence.map((h) => h.position));
    if (
      score > best.score + 1e-9 ||
      (Math.abs(score - best.score) < 1e-9 && score > 0 && first < bestFirst)
    ) {
      best = { area, score, evidence: [...evidence].sort((a, b) => b.weight - a.weight) };
      bestFirst = first;
    }
  }
  return best;
}
