import { type LexiconSpec } from "./lexiconSpec";

/** Words that look like evidence but are not: names of the institutions and of the plan itself. */
export const NEUTRAL: LexiconSpec = {
  area: "neutral",
  words: {
    "jobcenter*": 9,
    "*jobcenter*": 9,
    "deutschland*": 9,
    "buergergeld*": 9,
    "arbeitslosengeld*": 9,
    "zwischenziel*": 9,
    "eingliederungsvereinbarung*": 9,
    "kooperationsplan*": 9,
    "bundesagentur*": 9,
  },
  patterns: [
    [/agentur fuer arbeit/, 0],
    [/\bsgb [ivx]+\b/, 0],
  ],
};
