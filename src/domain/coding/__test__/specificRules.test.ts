import { describe, expect, it } from "vitest";
import { codeEntry } from "../codeEntry";
import { type MarkerKind } from "../specific/marker";

const kinds = (text: string): MarkerKind[] => codeEntry({ kind: "schritt", text }).markers.map((m) => m.kind);
const specific = (text: string): boolean => codeEntry({ kind: "schritt", text }).specific;

describe("specific: dates, deadlines and time frames", () => {
  it.each([
    ["Ich gebe den Antrag bis 15.04. ab.", "Datum"],
    ["Termin am 3. Mai 2026", "Datum"],
    ["Ich suche bis Ende April eine Wohnung.", "Frist"],
    ["Anmeldung bis zum Monatsende", "Frist"],
    ["Ich reiche die Unterlagen innerhalb von 10 Tagen ein.", "Frist"],
    ["Ich bringe die Nachweise zum nächsten Termin mit.", "Frist"],
    ["Sie bewerben sich spätestens am zweiten Werktag nach Erhalt.", "Frist"],
    ["In den kommenden drei Monaten besuche ich den Kurs.", "Zeitraum"],
    ["Ich rufe heute noch an.", "Frist"],
    ["Sprechstunde 9–12 Uhr", "Uhrzeit"],
  ])("%s → %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe("specific: frequencies, counts and amounts", () => {
  it.each([
    ["Ich gehe 3x pro Woche schwimmen.", "Häufigkeit"],
    ["Ich besuche alle vier Wochen die Beratung.", "Häufigkeit"],
    ["Ich trainiere zweimal wöchentlich.", "Häufigkeit"],
    ["Sie bewerben sich mindestens acht Mal im Monat.", "Häufigkeit"],
    ["Ich schreibe mindestens 6 Bewerbungen.", "Anzahl"],
    ["Ich spreche mit zwei Arbeitgebern.", "Anzahl"],
    ["Zuschuss von 150 Euro", "Betrag"],
  ])("%s → %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe("specific: named counterparts", () => {
  it.each([
    "Ich gehe zur Maßnahme „Job aktiv“.",
    "Ich bewerbe mich bei der Müller Logistik GmbH.",
    "Ich lasse mich von Dr. Wagner untersuchen.",
    "Ich spreche mit Frau Özdemir vom Familienzentrum.",
    "Ich besuche den Kurs beim Bildungswerk Elbtal.",
    "Ich gehe zur Schuldnerberatung der Diakonie.",
    "Ich melde mich bei Lingua Nova an.",
  ])("%s", (text) => {
    expect(kinds(text)).toContain("Name");
  });
});

describe("not specific (codebook: not enough)", () => {
  it.each([
    "Ich bewerbe mich regelmäßig und zeitnah.",
    "Ich gehe zur Schuldnerberatung.",
    "Ich melde mich bei der Abendschule an.",
    "Umschulung zur Ergotherapeutin",
    "Ich lerne Deutsch bis B1.",
    "Ich pflege meine Mutter (Pflegegrad 3).",
    "Alleinerziehend mit 2 Kindern, Kinderbetreuung organisieren.",
    "Frau Kaya (58) sucht eine Stelle.",
    "Förderung nach § 16e Abs. 2 SGB II",
    "Ich mache den Führerschein Klasse C/CE.",
    "Klärung des Leistungsvermögens (unter 6 Stunden täglich)",
    "Herr Petrov nimmt seine Arzttermine wahr.",
    "Ich melde mich bei Bedarf im Jobcenter.",
    "Ich bewerbe mich bei Firmen in der Umgebung.",
    "Ich reiche beim Träger Nachweise ein.",
    "Die Klinik Bescheinigung abgeben.",
    "Ich erkundige mich bei Nachbarn nach Betreuung.",
  ])("%s", (text) => {
    expect(specific(text)).toBe(false);
  });
});
