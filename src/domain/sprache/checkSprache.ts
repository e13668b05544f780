import { type SprachBefund, type SprachCode, type SprachHinweis, type TextStatistik } from "./befund";
import { checkAmtsdeutsch } from "./amtsdeutsch";
import { fleschAmstad } from "./lesbarkeit";
import { checkNominalstil } from "./nominalstil";
import { checkPassiv } from "./passiv";
import { splitSaetze } from "./saetze";
import { checkSatzlaenge } from "./satzlaenge";
import { countSilben } from "./silben";
import { checkWortlaenge } from "./wortlaenge";
import { findWoerter, type Wort } from "./woerter";

const CLAUSE_BREAK = /[,;:–—()]/;
const cache = new Map<string, SprachBefund>();
const CACHE_MAX = 2_000;

/** Words of a sentence, grouped into clauses at commas, semicolons, colons, dashes, brackets. */
function clauses(text: string, woerter: readonly Wort[]): Wort[][] {
  const result: Wort[][] = [[]];
  woerter.forEach((w, i) => {
    const prev = woerter[i - 1];
    if (prev && CLAUSE_BREAK.test(text.slice(prev.end, w.start))) result.push([]);
    result[result.length - 1]?.push(w);
  });
  return result;
}

function analyse(text: string): SprachBefund {
  const alleWoerter = findWoerter(text);
  const amtsdeutsch = checkAmtsdeutsch(text, alleWoerter);
  const covered = new Set(amtsdeutsch.map((h) => h.start));
  const hinweise: SprachHinweis[] = [...amtsdeutsch];
  const statistik: TextStatistik = { saetze: 0, woerter: 0, buchstabenWoerter: 0, silben: 0 };
  let i = 0;
  for (const satz of splitSaetze(text)) {
    while (i < alleWoerter.length && (alleWoerter[i]?.start ?? 0) < satz.start) i++;
    const from = i;
    while (i < alleWoerter.length && (alleWoerter[i]?.end ?? 0) <= satz.end) i++;
    const woerter = alleWoerter.slice(from, i);
    statistik.saetze++;
    statistik.woerter += woerter.length;
    for (const w of woerter) {
      if (!w.buchstaben) continue;
      statistik.buchstabenWoerter++;
      statistik.silben += countSilben(w.text);
      const lang = covered.has(w.start) ? null : checkWortlaenge(w);
      if (lang) hinweise.push(lang);
    }
    const satzHinweise = [checkSatzlaenge(satz, woerter), checkNominalstil(satz, woerter)];
    satzHinweise.push(...clauses(text, woerter).map(checkPassiv));
    for (const h of satzHinweise) if (h) hinweise.push(h);
  }
  hinweise.sort((a, b) => a.start - b.start || a.end - b.end);
  return { hinweise, statistik, lesbarkeit: fleschAmstad(statistik), anzahlNachCode: countCodes(hinweise) };
}

/** Counts findings per code. */
export function countCodes(hinweise: readonly SprachHinweis[]): Partial<Record<SprachCode, number>> {
  const result: Partial<Record<SprachCode, number>> = {};
  for (const h of hinweise) result[h.code] = (result[h.code] ?? 0) + 1;
  return result;
}

/**
 * Plain-language check of one German text: long sentences, long words, passive voice, "ist … zu",
 * Amtsdeutsch, nominal style, and the Flesch-Amstad readability. Pure; results are memoised per text
 * (the editor calls this on every keystroke), so treat the returned object as read-only.
 */
export function checkSprache(text: string): SprachBefund {
  const cached = cache.get(text);
  if (cached) return cached;
  const befund = analyse(text);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, befund);
  return befund;
}
