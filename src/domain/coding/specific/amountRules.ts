import { type MarkerRule } from "./marker";
import { DAYTIME, FREQUENCY_ADVERB, NUMBER, NUMBER_WORD, TIME_UNIT, WEEKDAY } from "./vocabulary";

const re = (source: string): RegExp => new RegExp(source, "g");

/** How often and how many: "2x pro Woche", "alle 2 Wochen", "mindestens 5 Bewerbungen", "20 €". */
export const AMOUNT_RULES: readonly MarkerRule[] = [
  ["Betrag", /\d[\d.,]*\s?(?:€|euro\b|eur\b)|€\s?\d[\d.,]*/g],
  [
    "Häufigkeit",
    re(`\\b(?:\\d+|${NUMBER_WORD})\\s?(?:x|-?mal)\\b(?:\\s+(?:pro|im|in der|je|die|am)\\s+${TIME_UNIT})?`),
  ],
  [
    "Häufigkeit",
    re(
      `\\b(?:ein|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn)mal\\b(?:\\s+(?:pro|im|in der|je|die|am)\\s+${TIME_UNIT})?`,
    ),
  ],
  ["Häufigkeit", re(`\\b(?:jede[nrsm]?|alle)\\s+(?:${NUMBER}\\s+)?(?:${TIME_UNIT}|${DAYTIME})\\b`)],
  [
    "Häufigkeit",
    re(`\\b(?:pro|je|im|in der|die|am|einmal im|einmal in der)\\s+(?:tag|woche|monat|quartal|jahr)\\b`),
  ],
  ["Häufigkeit", re(`\\b${FREQUENCY_ADVERB}|\\b${WEEKDAY}s\\b|\\bwerktags\\b`)],
  [
    "Anzahl",
    re(
      `\\b(?:mindestens|hoechstens|maximal|bis zu|wenigstens|circa|genau|insgesamt|je|jeweils)\\s+${NUMBER}\\b(?:\\s+\\w+)?`,
    ),
  ],
  ["Anzahl", re(`\\b(?:${NUMBER_WORD})\\s+[a-z]{3,}`)],
  [
    "Anzahl",
    re(
      `\\b\\d+(?:[.,]\\d+)?\\s*(?:${TIME_UNIT}|unterrichtseinheiten|ue|termine?n?|bewerbungen|stellen|std)?`,
    ),
  ],
];
