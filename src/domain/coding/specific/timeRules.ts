import { type MarkerRule } from "./marker";
import { MONTH, NUMBER, NUMBER_WORD, ORDINAL, SEASON, TIME_UNIT, WEEKDAY } from "./vocabulary";

const PREP =
  "(?:bis (?:zum |zur |spaetestens )?|ab |zum |zur |im |am |vor |nach |seit |spaetestens (?:bis |zum |am )?|noch |in )";
const EDGE = "(?:ende|anfang|mitte|beginn)";
const re = (source: string): RegExp => new RegExp(source, "g");

/** Dates, deadlines and time frames: "bis 15.03.", "bis Ende März", "innerhalb von 2 Wochen", "heute". */
export const TIME_RULES: readonly MarkerRule[] = [
  [
    "Uhrzeit",
    /\b\d{1,2}(?:[:.]\d{2})?\s*(?:-|bis)\s*\d{1,2}(?:[:.]\d{2})?\s*uhr\b|\b\d{1,2}(?:[:.]\d{2})?\s*uhr\b/g,
  ],
  [
    "Datum",
    re(
      `\\b\\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\s?\\d{2,4}\\b)?|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\s?${MONTH}(?:\\s+\\d{4})?`,
    ),
  ],
  [
    "Frist",
    re(
      `\\b${PREP}(?:${EDGE}\\s+)?(?:des\\s+|der\\s+|den\\s+|dem\\s+)?(?:${MONTH}|${SEASON})(?:\\s+\\d{4})?\\b`,
    ),
  ],
  [
    "Frist",
    re(
      `\\b${PREP}?${EDGE}\\s+(?:des\\s+|der\\s+|dieses\\s+|diesen\\s+|naechsten\\s+|kommenden\\s+)?(?:${MONTH}|${SEASON}|monats|jahres|woche|20\\d\\d)\\b`,
    ),
  ],
  ["Frist", re(`\\b${MONTH}\\s+20\\d\\d\\b|\\b(?:bis|ab|im jahr|seit|zum)\\s+20\\d\\d\\b`)],
  [
    "Frist",
    re(
      `\\b(?:innerhalb|binnen)\\s+(?:von\\s+|der\\s+|des\\s+)?(?:naechsten\\s+)?${NUMBER}?\\s*${TIME_UNIT}\\b`,
    ),
  ],
  [
    "Frist",
    re(
      `\\bspaetestens\\s+(?:am\\s+|zum\\s+|bis\\s+|nach\\s+|ab\\s+|in\\s+|zur\\s+)?(?:dem\\s+|der\\s+)?(?:${ORDINAL}|${NUMBER}|naechste\\w*)\\s*\\w*`,
    ),
  ],
  ["Frist", re(`\\b(?:am|zum|bis zum|bis|ab dem)\\s+${ORDINAL}\\s+(?:werk)?tag\\w*`)],
  [
    "Frist",
    re(
      `\\b(?:bis|zum|zur|beim|am|vor dem|vor der|im|in dem|bei dem|ab dem)\\s+(?:naechsten|kommenden|folgenden|naechster|ersten)\\s+(?:beratungs)?(?:termin|gespraech|treffen|sitzung|vorsprache)\\w*`,
    ),
  ],
  [
    "Zeitraum",
    re(
      `\\b(?:in|waehrend|fuer)\\s+(?:den|die)\\s+(?:naechsten|folgenden|ersten|kommenden|letzten)\\s+${NUMBER}\\s+${TIME_UNIT}\\b`,
    ),
  ],
  [
    "Zeitraum",
    re(
      `\\b(?:fuer|ueber|nach|von|in|innerhalb)\\s+(?:den\\s+|die\\s+)?(?:naechsten\\s+|kommenden\\s+)?${NUMBER}\\s+${TIME_UNIT}\\b`,
    ),
  ],
  ["Zeitraum", re(`\\b(?:\\d+|${NUMBER_WORD}|ein|halb)[- ]?(?:monatig|woechig|taegig|jaehrig|stuendig)\\w*`)],
  ["Frist", /\b(?:heute|morgen|uebermorgen|sofort nach unterschrift)\b/g],
  [
    "Frist",
    re(
      `\\b(?:in\\s+|bis\\s+|ab\\s+)?(?:dieser|diese|diesem|naechster|naechste|naechsten|kommende[nr]?)\\s+(?:woche|monat|monats|jahr)\\b(?:\\s+${WEEKDAY})?`,
    ),
  ],
  ["Datum", re(`\\b(?:am\\s+|ab\\s+|bis\\s+)?${WEEKDAY}\\b`)],
  ["Frist", /\bbis\s+(?:zum\s+)?(?:jahresende|monatsende|quartalsende|schuljahresende|ende)\b/g],
  ["Datum", /\b20[2-4]\d\b/g],
];
