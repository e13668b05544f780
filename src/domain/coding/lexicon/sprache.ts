import { type LexiconSpec } from "./lexiconSpec";

/** `sprache`: learning German (integration course, job-related German course, language exams). */
export const SPRACHE: LexiconSpec = {
  area: "sprache",
  words: {
    "deutsch*": 3,
    "sprach*": 3,
    "*sprach*": 3,
    "sprachschule*": 4,
    "sprachpruefung*": 4,
    "integrationskurs*": 4,
    "*integrationskurs*": 4,
    "alphabetis*": 4,
    "*alphabetis*": 4,
    "alphakurs*": 4,
    "einstufungstest*": 3,
    "orientierungskurs*": 3,
    telc: 3,
    "goethe*": 2,
    "vokabel*": 3,
    "grammatik*": 3,
    "uebersetz*": 1,
  },
  patterns: [
    [/\b(?:a1|a2|b1|b2|c1|c2)[- ]?(?:pruefung|zertifikat|kurs|niveau|test|sprachkurs)\w*/, 4],
    [/\b(a1|a2|b1|b2|c1|c2)\b/, 2],
    [/\bdeutsch-test fuer zuwanderer\b/, 4],
    [/\blesen und schreiben\b/, 3],
  ],
};
