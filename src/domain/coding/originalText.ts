const TWO_LETTERS = /[äöüÄÖÜß]/;

/**
 * The part of the original (expanded) text that a span of the folded text comes from, so that
 * explanations quote the entry as written ("bis Ende März", not "bis ende maerz"). Folding only
 * lengthens umlauts and ß to two letters; everything else maps one to one.
 */
export function originalText(expanded: string, start: number, end: number): string {
  let folded = 0;
  let from = -1;
  let i = 0;
  for (; i < expanded.length && folded < end; i++) {
    if (from < 0 && folded >= start) from = i;
    folded += TWO_LETTERS.test(expanded.charAt(i)) ? 2 : 1;
  }
  return expanded.slice(from < 0 ? i : from, i).trim();
}
