import type { IsoDate } from "../shared/isoDate";
import { addDays } from "../shared/isoDate";

/**
 * An iCalendar document (RFC 5545) of appointments and deadlines. Pure: the caller passes the time
 * stamp (from the injected clock) and the texts (from the dictionaries).
 */
export const TZID = "Europe/Berlin";

/** One calendar item. A timed one (`uhrzeit`) is local time in Europe/Berlin; without a time it is all-day. */
export interface KalenderEintrag {
  /** Stable across plan versions, so a calendar replaces the item instead of adding a second one. */
  uid: string;
  datum: IsoDate;
  /** `HH:MM`, or null for an all-day item (a deadline, or an appointment without a time). */
  uhrzeit: string | null;
  titel: string;
  ort?: string;
  beschreibung?: string;
  /** Raised whenever date, time or text changed (RFC 5545 3.8.7.4). */
  sequence: number;
  letzteAenderung: Date;
  /** Deadlines do not block time in the calendar. */
  frei?: boolean;
}

export interface Kalender {
  /** PRODID, e.g. `-//Kooperationsplan//Portal//DE`. */
  prodId: string;
  /** Shown by calendar apps as the calendar's name (X-WR-CALNAME). */
  name: string;
  eintraege: readonly KalenderEintrag[];
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line so that no line exceeds 75 octets (UTF-8), never inside a character; each
 * continuation line starts with one space (RFC 5545 3.1).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const n = utf8Octets(ch);
    if (octets + n > MAX_OCTETS) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join(CRLF);
}

function utf8Octets(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function utcStamp(instant: Date): string {
  return (
    `${instant.getUTCFullYear()}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

const dateValue = (d: IsoDate) => d.replace(/-/g, "");

/** The standard rules of Europe/Berlin since 1996 (last Sunday of March and of October). */
const VTIMEZONE_BERLIN = [
  "BEGIN:VTIMEZONE",
  `TZID:${TZID}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

function vevent(e: KalenderEintrag, dtstamp: Date): string[] {
  const zeit = e.uhrzeit
    ? [`DTSTART;TZID=${TZID}:${dateValue(e.datum)}T${e.uhrzeit.replace(":", "")}00`, "DURATION:PT1H"]
    : [`DTSTART;VALUE=DATE:${dateValue(e.datum)}`, `DTEND;VALUE=DATE:${dateValue(addDays(e.datum, 1))}`];
  return [
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(dtstamp)}`,
    ...zeit,
    `SUMMARY:${escapeText(e.titel)}`,
    ...(e.ort ? [`LOCATION:${escapeText(e.ort)}`] : []),
    ...(e.beschreibung ? [`DESCRIPTION:${escapeText(e.beschreibung)}`] : []),
    `SEQUENCE:${e.sequence}`,
    `LAST-MODIFIED:${utcStamp(e.letzteAenderung)}`,
    `TRANSP:${e.frei ? "TRANSPARENT" : "OPAQUE"}`,
    "END:VEVENT",
  ];
}

/** The whole document: CRLF line endings, folded lines, a trailing CRLF. */
export function buildKalender(kalender: Kalender, dtstamp: Date): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${kalender.prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(kalender.name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE_BERLIN,
    ...kalender.eintraege.flatMap((e) => vevent(e, dtstamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
