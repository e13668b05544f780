import { describe, expect, it } from "vitest";
import { PlanInhaltSchema, type PlanInhaltInput } from "../../kooperationsplan/planInhalt";
import type { PlanVersion } from "../../kooperationsplan/planVersion";
import { buildKalender, escapeText, foldLine, type KalenderEintrag } from "../icalendar";
import { planKalenderEintraege } from "../planKalender";

const STAMP = new Date("2026-12-07T10:00:00Z");
const texte = { termin: "Termin im Jobcenter", frist: (s: string) => `Frist: ${s}` };

const version = (nummer: number, inhalt: PlanInhaltInput, status: PlanVersion["status"] = "abgestimmt") =>
  ({
    id: `v${nummer}`,
    planId: "p1",
    nummer,
    status,
    inhalt: PlanInhaltSchema.parse(inhalt),
    abstimmung: null,
    lockVersion: 1,
    erstelltAm: `2026-0${nummer}-01T08:00:00.000Z`,
    geaendertAm: `2026-0${nummer}-01T08:00:00.000Z`,
  }) as unknown as PlanVersion;

const eintrag = (e: Partial<KalenderEintrag> = {}): KalenderEintrag => ({
  uid: "u1@kooperationsplan",
  datum: "2026-12-10",
  uhrzeit: "09:30",
  titel: "Termin",
  sequence: 0,
  letzteAenderung: STAMP,
  ...e,
});

const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
});

describe("foldLine", () => {
  it("keeps every line at 75 octets at most, never splitting a character, continuation with a space", () => {
    const line = `SUMMARY:${"Bewerbung schreiben für Büroküche ".repeat(6)}مرحبا😀`;
    const folded = foldLine(line);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(Buffer.byteLength(l, "utf8")).toBeLessThanOrEqual(75);
    for (const l of lines.slice(1)) expect(l.startsWith(" ")).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("leaves a short line alone", () => {
    expect(foldLine("VERSION:2.0")).toBe("VERSION:2.0");
  });
});

describe("buildKalender", () => {
  const ics = buildKalender(
    {
      prodId: "-//Kooperationsplan//Test//DE",
      name: "Mein Plan",
      eintraege: [eintrag(), eintrag({ uid: "u2", uhrzeit: null, datum: "2026-12-31", frei: true })],
    },
    STAMP,
  );

  it("uses CRLF line endings only", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("puts timed appointments in Europe/Berlin with its time zone definition", () => {
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin");
    expect(ics).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    expect(ics).toContain("DTSTART;TZID=Europe/Berlin:20261210T093000");
    expect(ics).toContain(`DTSTAMP:20261207T100000Z`);
  });

  it("makes items without time all-day, ending the next day (also across the year)", () => {
    expect(ics).toContain("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101");
    expect(ics).toContain("TRANSP:TRANSPARENT");
  });
});

describe("planKalenderEintraege", () => {
  const v1 = version(1, {
    schritte: [
      { id: "s1", text: "Drei Bewerbungen, pro Woche", frist: "2026-12-20" },
      { id: "s2", text: "Lebenslauf", frist: "2027-01-15" },
      { id: "s3", text: "Ohne Frist" },
    ],
    naechsterTermin: { datum: "2026-12-10", uhrzeit: "09:30", ort: "Raum 1" },
  });

  it("lists every step deadline all-day and the appointment, with a UID from plan and entry", () => {
    const items = planKalenderEintraege({ planId: "p1", versionen: [v1] }, texte);
    expect(items.map((i) => [i.uid, i.datum, i.uhrzeit])).toEqual([
      ["termin-2026-12-10-p1@kooperationsplan", "2026-12-10", "09:30"],
      ["frist-s1-p1@kooperationsplan", "2026-12-20", null],
      ["frist-s2-p1@kooperationsplan", "2027-01-15", null],
    ]);
    const ics = unfold(buildKalender({ prodId: "x", name: "x", eintraege: items }, STAMP));
    expect(ics).toContain("SUMMARY:Frist: Drei Bewerbungen\\, pro Woche");
  });

  it("keeps UID, SEQUENCE and LAST-MODIFIED of an unchanged entry across a Fortschreibung, raises SEQUENCE of a changed one", () => {
    const v2 = version(2, {
      schritte: [
        { id: "s1", text: "Drei Bewerbungen, pro Woche", frist: "2026-12-20" },
        { id: "s2", text: "Lebenslauf", frist: "2027-02-15" },
      ],
      naechsterTermin: { datum: "2026-12-10", uhrzeit: "09:30", ort: "Raum 1" },
    });
    const alt = planKalenderEintraege({ planId: "p1", versionen: [v1] }, texte);
    const neu = planKalenderEintraege({ planId: "p1", versionen: [{ ...v1, status: "ersetzt" }, v2] }, texte);
    const by = (xs: KalenderEintrag[], uid: string) => xs.find((x) => x.uid === uid);
    const s1 = "frist-s1-p1@kooperationsplan";
    const s2 = "frist-s2-p1@kooperationsplan";
    expect(by(neu, s1)).toEqual(by(alt, s1));
    expect(by(neu, s2)?.sequence).toBe((by(alt, s2)?.sequence ?? 0) + 1);
    expect(by(neu, s2)?.letzteAenderung.toISOString()).toBe(v2.geaendertAm);
  });

  it("ignores drafts and gives nothing without an agreed version", () => {
    const entwurf = version(2, { schritte: [{ id: "s9", text: "Neu", frist: "2027-03-01" }] }, "entwurf");
    expect(planKalenderEintraege({ planId: "p1", versionen: [entwurf] }, texte)).toEqual([]);
    const items = planKalenderEintraege({ planId: "p1", versionen: [v1, entwurf] }, texte);
    expect(items.some((i) => i.uid.includes("s9"))).toBe(false);
  });

  it("prefixes titles (the counsellor's feed names the BG number, not the person)", () => {
    const items = planKalenderEintraege(
      { planId: "p1", versionen: [v1], titelPraefix: "BG 12345" },
      { termin: "Termin", frist: () => "Frist eines Schritts" },
    );
    expect(items.map((i) => i.titel)).toContain("BG 12345: Frist eines Schritts");
  });
});
