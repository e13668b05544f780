/** Minimal types for the `hyphen` package (no @types installed): only what the syllable counter uses. */
declare module "hyphen" {
  interface HyphenatorOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  type HyphenateSync = (text: string, options?: HyphenatorOptions) => string;
  function createHyphenator(
    patterns: unknown,
    options?: HyphenatorOptions & { async?: false },
  ): HyphenateSync;
  export default createHyphenator;
}

declare module "hyphen/patterns/de-1996.js" {
  /** Liang patterns for German (reformed orthography 1996), as data. */
  const patterns: unknown;
  export default patterns;
}
