import { NUMBER, NUMBER_WORD } from "./vocabulary";

const CAPACITY_CONTEXT =
  /leistungsvermoeg|leistungsfaehig|erwerbsfaehig|erwerbsminder|arbeitsfaehig|belastbar/;
const CAPACITY =
  /\b(?:unter|ueber|unter\s?\/\s?ueber|mehr als|weniger als|bis zu|mindestens)\s+\d+\s*(?:stunden|std)\.?(?:\s*(?:taeglich|am tag|pro tag|woechentlich))?/g;

/** Numbers that describe the person, the law or a level, not the action (codebook: "Pflegegrad 3"). */
const IGNORED: readonly RegExp[] = [
  /§+\s*\d+\s*[a-z]?\b(?:\s*(?:abs\.?|absatz)\s*\d+\w*)?(?:\s*(?:satz|s\.|nr\.?)\s*\d+)?/g,
  /\b(?:abs\.?|absatz|nr\.?|satz|ziffer)\s*\d+\w*/g,
  /\b[abc][12](?:\.\d)?\b/g,
  /\bklasse\s+(?:\d{1,2}|[a-z]{1,3}\d?[a-z]?(?:\s*\/\s*[a-z]{1,3}\d?[a-z]?)*)\b/g,
  /\b\d{1,2}\.\s*klasse\b/g,
  /\bpflegegrad\s*\d\b/g,
  new RegExp(
    `\\b(?:${NUMBER_WORD}|\\d+|einem|einer|eine|ein)\\s+(?:kind|kinder|kindern|enkel\\w*|geschwister\\w*|angehoerige\\w*)\\b`,
    "g",
  ),
  /\(\s*\d{1,2}\s*(?:j\.?|jahre)?\s*\)/g,
  /\b\d{1,2}\s*(?:j\.|jahre alt|jahren alt)|\b[1-9]\d\s*-?jaehrig\w*/g,
  /\bmit\s+\d{1,2}\s+jahren\b/g,
  new RegExp(`\\bseit\\s+(?:ueber\\s+|mehr als\\s+)?${NUMBER}\\s+(?:jahren|monaten)\\b`, "g"),
  /\bgrad der behinderung\s*(?:von\s*)?\d+/g,
  // the size of the household or of a flat describes the person, not the action ("wir sind 4 Personen")
  new RegExp(
    `\\b(?:wir sind|sind wir)\\s+(?:zu\\s+)?${NUMBER}\\b(?:\\s+(?:personen|leute|erwachsene))?`,
    "g",
  ),
  new RegExp(`\\b${NUMBER}\\s*-?\\s*(?:personen|koepfig\\w*|zimmer\\w*|raum-?wohnung\\w*)`, "g"),
  /\b\d+\s*%\s*(?:schwerbehind\w*|behind\w*|gdb)/g,
];

/** Blanks out numbers that must not count as "how many" (keeps offsets). */
export function maskIgnoredNumbers(folded: string): string {
  const blank = (m: string): string => " ".repeat(m.length);
  let text = IGNORED.reduce((t, re) => t.replace(re, blank), folded);
  if (CAPACITY_CONTEXT.test(folded)) text = text.replace(CAPACITY, blank);
  return text;
}
