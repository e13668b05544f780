import { type Marker } from "./marker";

const NAME = "[\\p{Lu}][\\p{L}\\p{N}&'-]*";
const INSTITUTION =
  /(?:träger|schule|werk|dienst|bäckerei|autohaus|praxis|zentrum|haus|beratung|beratungsstelle|klinik|firma|verein|akademie|institut|kita|markt|hotel|restaurant|betrieb|kanzlei|apotheke|logistik|portal|heim|station|center|gruppe|ambulanz|café|cafe|laden|service|agentur|hochschule|kammer|projekt|programm|kurs|maßnahme|stelle|amt|gmbh)$/iu;
const STOP = new Set(
  `Sie Ihr Ihre Ihren Ihrem Ihnen Ihrer Ihres Wahl Ich Er Es Wir Frau Herr Herrn Dr Bad Bedarf Erfolg Beginn Abschluss Ende
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
/** Organisations, programmes and firms named after their type word: "Verein Hilfe im Alltag", "Firma Krause". */
const NAMED_AFTER_TYPE = new RegExp(
  `(?<![\\p{L}])(?:Verein|Förderverein|Bundesprogramm|Landesprogramm|Programm|Projekt|Firma|Bad)\\s+(?!(?:Sie|Ihr|Ihre|Ihrer|Ihres|Ihrem|Ihren|der|die|das)(?![\\p{L}]))${NAME}`,
  "gu",
);
/** A language level is not a name ("Integrationskurs B1"). */
const LEVEL = /^[ABC][12](?:\.\d)?$/;
/** Words before a person that make the person a counterpart ("bei Frau K."). */
const BEFORE_COUNTERPART = /(?:bei|mit|von|an|zu|durch|für|über|und)\s+$/;
const HEADING = /^\s*(?:zwischenziel|ziel|das mache ich|meine schritte)\s*:?\s*$/i;

const isName = (phrase: string, isDomainWord: (w: string) => boolean): boolean =>
  phrase
    .split(/\s+/)
    .every((w) => !STOP.has(w) && !COMMON_NOUN.test(w) && !LEVEL.test(w) && !isDomainWord(w));

/**
 * "Frau K." or "Herr G." with an initial only is the (anonymised) person the plan is for, the subject,
 * unless a preposition makes them a counterpart ("Termin bei Frau K.").
 */
const isSubject = (text: string, at: number, name: string): boolean =>
  name.length === 1 && !BEFORE_COUNTERPART.test(text.slice(Math.max(0, at - 12), at));

/**
 * Identifiable counterparts in the original text (case kept): quoted names („Neustart Beruf“),
 * companies (… GmbH), doctors (Dr. Ahrens), persons other than the subject (bei Frau Krüger) and
 * named providers after an institution word (Bildungswerk Rheinland-Süd, Pflegedienst Sonnenhof),
 * associations, programmes and firms after their type word (Verein Wohnhilfe, Firma Krause).
 * Generic types ("die Schuldnerberatung"), language levels and the person the plan is for are not names.
 */
export function findNamedCounterparts(text: string, isDomainWord: (w: string) => boolean): Marker[] {
  const found: Marker[] = [];
  const add = (t: string): void => void found.push({ kind: "Name", text: t.trim() });
  for (const m of text.matchAll(QUOTED)) add(m[0]);
  for (const m of text.matchAll(LEGAL_FORM)) add(m[0]);
  for (const m of text.matchAll(ORGANISATION)) add(m[0]);
  for (const m of text.matchAll(DOCTOR)) add(m[0]);
  for (const m of text.matchAll(NAMED_AFTER_TYPE)) add(m[0]);
  for (const m of text.matchAll(PERSON)) {
    const name = m[0].replace(/^(?:Frau|Herrn?)\s+/, "");
    if (!HEADING.test(text.slice(0, m.index)) && m.index > 0 && !isSubject(text, m.index, name)) add(m[0]);
  }
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
