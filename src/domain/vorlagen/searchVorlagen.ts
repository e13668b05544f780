import { type Bereich, type EintragArt } from "../qualitaet/bereiche";
import { VORLAGEN } from "./katalog";
import { toWoerter } from "./normalisieren";
import { type Vorlage } from "./vorlage";

export interface VorlagenFilter {
  kind?: EintragArt;
  /** A goal area also finds support templates that fit it (`passtZu`). */
  area?: Bereich;
}

export interface VorlagenTreffer {
  vorlage: Vorlage;
  /** Higher is better: per query word 3 = whole word, 2 = word start, 1 = inside a compound. */
  score: number;
}

interface Indexed {
  vorlage: Vorlage;
  text: string[];
  tags: string[];
}

const indexCache = new WeakMap<readonly Vorlage[], Indexed[]>();

function index(katalog: readonly Vorlage[]): Indexed[] {
  let idx = indexCache.get(katalog);
  if (!idx) {
    idx = katalog.map((vorlage) => ({
      vorlage,
      text: toWoerter(vorlage.text.replace(/\{\w+\}/g, " ")),
      tags: toWoerter((vorlage.schlagworte ?? []).join(" ")),
    }));
    indexCache.set(katalog, idx);
  }
  return idx;
}

function wordScore(q: string, words: readonly string[]): number {
  let best = 0;
  for (const w of words) {
    if (w === q) return 3;
    if (w.startsWith(q)) best = Math.max(best, 2);
    else if (q.length >= 3 && w.includes(q)) best = Math.max(best, 1);
  }
  return best;
}

function matches(v: Vorlage, filter: VorlagenFilter): boolean {
  if (filter.kind && v.kind !== filter.kind) return false;
  if (!filter.area) return true;
  return v.area === filter.area || (v.kind === "unterstuetzung" && v.passtZu.some((a) => a === filter.area));
}

/**
 * Finds templates for a query: every query word must match a word of the text or of the keywords
 * (case-, umlaut- and ß-insensitive; prefix and compound matches). Ranked by match quality, then
 * catalogue order. An empty query lists all templates that pass the filter.
 */
export function searchVorlagen(
  query: string,
  filter: VorlagenFilter = {},
  katalog: readonly Vorlage[] = VORLAGEN,
): VorlagenTreffer[] {
  const q = toWoerter(query);
  const result: VorlagenTreffer[] = [];
  for (const entry of index(katalog)) {
    if (!matches(entry.vorlage, filter)) continue;
    let score = 0;
    for (const word of q) {
      const s = Math.max(wordScore(word, entry.text), 0.8 * wordScore(word, entry.tags));
      if (s === 0) {
        score = -1;
        break;
      }
      score += s;
    }
    if (score >= 0) result.push({ vorlage: entry.vorlage, score });
  }
  return result.sort((a, b) => b.score - a.score);
}
