import { type Marker } from "./marker";

const NAME = "[\\p{Lu}][\\p{L}\\p{N}&'-]*";
const INSTITUTION =
  /(?:träger|schule|werk|dienst|bäckerei|autohaus|praxis|zentrum|haus|beratung|beratungsstelle|klinik|firma|verein|akademie|institut|kita|markt|hotel|restaurant|betrieb|kanzlei|apotheke|logistik|portal|heim|station|center|gruppe|ambulanz|café|cafe|laden|service|agentur|hochschule|kammer|projekt|programm|kurs|maßnahme|stelle|amt|gmbh)$/iu;
const STOP = new Set(
  `Sie Ihr Ihre Ihren Ihrem Ihnen Ich Er Es Wir Frau Herr Herrn Dr Bad Bedarf Erfolg Beginn Abschluss Ende
  Anfang Eintritt Ausfall Fragen Problemen Vorlage Erhalt Eingang Rückfragen Bedarfs Interesse Krankheit
  Vorliegen Zusage Absage Bescheid Bescheide Nachweis Nachweise Unterlagen Formular Formulare Antrag Anträge
  Kopie Kopien Liste Brief Briefe Mail E-Mail Auskunft Angebot Angebote Hilfe Kontakt Zeit Nachbarn Freunde
  Freunden Verwandten Bekannten Familie Eltern Online Montag Dienstag Mittwoch Donnerstag Freitag Samstag
  Sonntag Januar Februar März April Mai Juni Juli August September Oktober November Dezember`.split(/\s+/),
);
/** Endings of common nouns (Bescheinigung, Formalitäten), which names rarely have. */
const COMMON_NOUN = /(?:ung|ungen|heit|keit|schaft|ion|ionen|nis|nisse|tät|täten)$/;
/** Welfare organisations and providers that are identifiable by their name alone. */
const ORGANISATION =
  /(?<![\p{L}])(?:AWO|Arbeiterwohlfahrt|Caritas|Diakonie|DRK|Deutsches Rotes Kreuz|Paritätische\w*|Johanniter|Malteser|Volkssolidarität|Kolping\w*|Goethe-Institut)(?![\p{L}])/gu;
const QUOTED = /["„“”‚‘«»]([^"„“”‚‘«»]{2,60})["“”‘«»]/gu;
const LEGAL_FORM = new RegExp(
  `${NAME}(?:\\s+${NAME})*\\s+(?:GmbH|gGmbH|AG|KG|e\\.\\s?V\\.|UG|mbH|GbR|OHG|SE)(?![\\p{L}])`,
  "gu",
);
const DOCTOR = new RegExp(`\\bDr\\.\\s*(?:med\\.\\s*)?${NAME}`, "gu");
const PERSON = new RegExp(`(?<![\\p{L}])(?:Frau|Herrn?)\\s+${NAME}`, "gu");
const AFTER_INSTITUTION = new RegExp(
  `(?<![\\p{L}-])([\\p{L}-]+)(?=\\s+(?:\\([^)]{1,40}\\)\\s+)?(${NAME}(?:\\s+${NAME})?))`,
  "gu",
);
const AFTER_BEI = new RegExp(`(?<![\\p{L}])bei\\s+(${NAME}(?:\\s+${NAME})?)`, "gu");
const HEADING = /^\s*(?:zwischenziel|ziel|das mache ich|meine schritte)\s*:?\s*$/i;

const isName = (phrase: string, isDomainWord: (w: string) => boolean): boolean =>
  phrase.split(/\s+/).every((w) => !STOP.has(w) && !COMMON_NOUN.test(w) && !isDomainWord(w));

/**
 * Identifiable counterparts in the original text (case kept): quoted names („Neustart Beruf“),
 * companies (… GmbH), doctors (Dr. Ahrens), persons other than the subject (bei Frau Krüger) and
 * named providers after an institution word (Bildungswerk Rheinland-Süd, Pflegedienst Sonnenhof).
 * Generic types ("die Schuldnerberatung") are not names.
 */
export function findNamedCounterparts(text: string, isDomainWord: (w: string) => boolean): Marker[] {
  const found: Marker[] = [];
  const add = (t: string): void => void found.push({ kind: "Name", text: t.trim() });
  for (const m of text.matchAll(QUOTED)) add(m[0]);
  for (const m of text.matchAll(LEGAL_FORM)) add(m[0]);
  for (const m of text.matchAll(ORGANISATION)) add(m[0]);
  for (const m of text.matchAll(DOCTOR)) add(m[0]);
  for (const m of text.matchAll(PERSON)) if (!HEADING.test(text.slice(0, m.index)) && m.index > 0) add(m[0]);
  for (const m of text.matchAll(AFTER_INSTITUTION)) {
    const [, head = "", name = ""] = m;
    if (INSTITUTION.test(head) && /^\p{Lu}/u.test(head) && isName(name, isDomainWord)) add(`${head} ${name}`);
  }
  for (const m of text.matchAll(AFTER_BEI)) {
    const name = m[1] ?? "";
    if (isName(name, isDomainWord) && !/(?:en|ern)$/.test(name)) add(m[0]);
  }
  return found;
}
