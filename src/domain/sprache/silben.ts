import createHyphenator from "hyphen";
import patterns from "hyphen/patterns/de-1996.js";

type Hyphenate = (word: string) => string;

const MARK = "|";
let hyphenate: Hyphenate | undefined;
const cache = new Map<string, number>();
/**
 * Upper bound of cached words. When full, our cache is cleared and the hyphenator re-created, because
 * the `hyphen` library also memoises every word it has seen (unbounded on a long-running server).
 */
const CACHE_MAX = 20_000;

/** Created on first use only: building the pattern trie costs a few milliseconds. */
function hyphenator(): Hyphenate {
  if (!hyphenate) {
    const h = createHyphenator(patterns, { hyphenChar: MARK, minWordLength: 4 });
    hyphenate = (word) => h(word);
  }
  return hyphenate;
}

// One vowel sound: diphthongs and double vowels count once; "qu" is a consonant.
const VOWEL_GROUP = /ei|ai|au|eu|äu|ey|ay|ie|aa|ee|oo|[aeiouyäöü]/g;

/** Syllables from vowel sounds; used when the hyphenator leaves a word whole ("aber", "Abend"). */
export function countVokalgruppen(word: string): number {
  const lower = word.toLowerCase().replace(/qu/g, "q");
  return Math.max(1, lower.match(VOWEL_GROUP)?.length ?? 0);
}

/**
 * Syllables of one German word ≈ hyphenation points + 1, using the Liang patterns for German (1996
 * orthography) from the `hyphen` package. Words the patterns leave whole (short words, and the first
 * or last single-letter syllable that hyphenation never splits off) fall back to counting vowel
 * groups. Hyphenated compounds are counted per part. Memoised per word.
 */
export function countSilben(word: string): number {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let total = 0;
  for (const part of word.split(/[-‐'’.]/)) {
    if (!/\p{L}/u.test(part)) continue;
    const points = hyphenator()(part).split(MARK).length - 1;
    total += points > 0 ? points + 1 : countVokalgruppen(part);
  }
  const result = Math.max(1, total);
  if (cache.size >= CACHE_MAX) {
    cache.clear();
    hyphenate = undefined;
  }
  cache.set(word, result);
  return result;
}
