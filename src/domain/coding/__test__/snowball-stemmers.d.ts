/** Types for the reference Snowball stemmers, used only to check `stemGerman` against them. */
declare module "snowball-stemmers" {
  export function newStemmer(language: string): { stem(word: string): string };
  export function algorithms(): string[];
}
