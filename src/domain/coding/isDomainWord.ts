import { foldGerman } from "./foldGerman";
import { memoize } from "./memoize";
import { lexiconFor } from "./lexicon";
import { matchWord } from "./lexicon/matchWord";
import { stemGerman } from "./stemGerman";

function lookUp(word: string): boolean {
  const folded = foldGerman(word);
  const token = {
    orig: word,
    word: folded,
    stem: stemGerman(folded),
    start: 0,
    capitalised: true,
    sepBefore: "",
    inserted: false,
  };
  return ["ziel", "unterstuetzung"].some((kind) => {
    const found = matchWord(token, lexiconFor(kind === "ziel" ? "ziel" : "unterstuetzung"));
    return found !== undefined && !found.fuzzy;
  });
}

/** Whether a capitalised word is a known domain noun ("Termine", "Firmen") rather than a name. */
export const isDomainWord: (word: string) => boolean = memoize(lookUp);
