import type { PlanDokument } from "../../../application/ports";
import { PlanInhaltSchema, type PlanInhaltInput } from "../../../domain/kooperationsplan/planInhalt";

/** A realistic agreed plan (version 2, handed over in person); override any part for a test. */
export function buildPlanDokument(
  overrides: Partial<Omit<PlanDokument, "inhalt">> = {},
  inhalt: PlanInhaltInput = {},
): PlanDokument {
  return {
    jobcenter: { name: "Jobcenter Musterstadt", anschrift: "Hauptstraße 12, 12345 Musterstadt" },
    person: { name: "Aylin Demir", bgNummer: "12345BG0067890" },
    betreuung: {
      name: "Katrin Hoffmann",
      telefon: "0211 555-1234",
      email: "katrin.hoffmann@jobcenter-ge.de",
    },
    versionNummer: 2,
    abgestimmtAm: "2026-07-01",
    kanal: "persoenlich",
    ueberpruefungAm: "2027-01-01",
    lang: "de-DE",
    ...overrides,
    inhalt: PlanInhaltSchema.parse({ ...typischerInhalt, ...inhalt }),
  };
}

export const typischerInhalt: PlanInhaltInput = {
  berufsziel:
    "Ich möchte wieder als Verkäuferin im Einzelhandel arbeiten, in Teilzeit mit 25 Stunden pro Woche.",
  vermittlungsfelder: "Einzelhandel, Lebensmittelhandel, Drogeriemarkt",
  zwischenziele: [
    { id: "z1", text: "Bis Ende August habe ich aktuelle und vollständige Bewerbungsunterlagen." },
  ],
  schritte: [
    {
      id: "s1",
      text: "Ich bewerbe mich auf Stellen als Verkäuferin in Teilzeit.",
      haeufigkeit: "4 Bewerbungen im Monat",
      frist: "2026-09-30",
      nachweis: "Liste der Bewerbungen",
    },
    {
      id: "s2",
      text: "Ich nehme am Bewerbungstraining beim Bildungszentrum Nord teil.",
      haeufigkeit: "dienstags und donnerstags",
      frist: "2026-08-15",
      nachweis: "Teilnahmebescheinigung",
    },
    {
      id: "s3",
      text: "Ich kläre mit der Kita, ob mein Sohn nachmittags bis 16 Uhr betreut werden kann.",
      haeufigkeit: "einmal",
      frist: "2026-07-31",
      nachweis: "kurze Nachricht an Frau Hoffmann",
    },
  ],
  unterstuetzung: [
    { id: "u1", text: "Übernahme der Kosten für Bewerbungsfotos und Bewerbungsmappen (bis 260 € im Jahr)" },
    { id: "u2", text: "Vermittlungsvorschläge für passende Stellen in Teilzeit" },
  ],
  andereStellen: [
    { id: "a1", text: "Die Familienberatung der Stadt hilft bei der Suche nach einer Nachmittagsbetreuung." },
  ],
  rehaBedarf: "nein",
  wasSonstNochWichtig: "Termine passen mir am besten vormittags zwischen 9 und 12 Uhr.",
  naechsterTermin: { datum: "2026-08-20", uhrzeit: "10:00", ort: "Jobcenter Musterstadt, Raum 2.14" },
};
