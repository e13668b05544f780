import type { PlanInhalt } from "../../../domain/kooperationsplan/planInhalt";

/** A small deterministic random generator (mulberry32), so demo data is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)] as T;

export const VORNAMEN = [
  "Anna",
  "Mehmet",
  "Olena",
  "Lukas",
  "Fatima",
  "Jonas",
  "Sofia",
  "Ali",
  "Marie",
  "Dmytro",
  "Lea",
  "Yusuf",
  "Emma",
  "Ahmad",
  "Laura",
  "Kevin",
  "Nadia",
  "Tim",
  "Aylin",
  "Paul",
] as const;
export const NACHNAMEN = [
  "Schneider",
  "Yilmaz",
  "Kovalenko",
  "Fischer",
  "Haddad",
  "Wagner",
  "Becker",
  "Hoffmann",
  "Schulz",
  "Koch",
  "Richter",
  "Klein",
  "Wolf",
  "Neumann",
  "Schwarz",
  "Zimmermann",
  "Braun",
  "Krüger",
  "Hofmann",
  "Hartmann",
] as const;

const ZIELE = [
  "Ich arbeite als Lagerhelfer in Vollzeit.",
  "Ich arbeite als Verkäuferin im Einzelhandel, 30 Stunden pro Woche.",
  "Ich mache eine Ausbildung zur Pflegefachfrau.",
  "Ich arbeite als Berufskraftfahrer mit Führerschein Klasse C.",
  "Ich arbeite als Küchenhilfe in Teilzeit.",
  "Ich arbeite wieder als Bürokauffrau.",
] as const;

const ZWISCHENZIELE = [
  "Ich habe bis Ende des Quartals ein Sprachzertifikat B1.",
  "Meine Bewerbungsunterlagen sind bis zum nächsten Termin vollständig.",
  "Die Kinderbetreuung ist ab dem nächsten Monat gesichert.",
  "Mein ausländischer Abschluss ist anerkannt.",
] as const;

const SCHRITTE = [
  {
    text: "Ich bewerbe mich auf Stellen als Lagerhelfer.",
    haeufigkeit: "5 Bewerbungen im Monat",
    nachweis: "Liste der Bewerbungen",
  },
  {
    text: "Ich besuche den Integrationskurs bei der Volkshochschule.",
    haeufigkeit: "montags bis freitags",
    nachweis: "Teilnahmebescheinigung",
  },
  {
    text: "Ich melde mich bei der Schuldnerberatung der Caritas.",
    haeufigkeit: "einmal",
    nachweis: "Terminbestätigung",
  },
  {
    text: "Ich suche einen Kita-Platz für meine Tochter.",
    haeufigkeit: "einmal",
    nachweis: "Anmeldebestätigung der Kita",
  },
  {
    text: "Ich nehme am Bewerbungstraining teil.",
    haeufigkeit: "2 Tage pro Woche",
    nachweis: "Teilnahmebescheinigung",
  },
  {
    text: "Ich lege meine Zeugnisse zur Anerkennung vor.",
    haeufigkeit: "einmal",
    nachweis: "Eingangsbestätigung",
  },
] as const;

const UNTERSTUETZUNG = [
  "Das Jobcenter übernimmt die Kosten für Bewerbungsfotos bis 30 Euro.",
  "Das Jobcenter schickt Ihnen passende Stellenangebote.",
  "Sie erhalten einen Aktivierungs- und Vermittlungsgutschein (AVGS) für ein Coaching.",
  "Das Jobcenter übernimmt die Fahrtkosten zu Vorstellungsgesprächen.",
  "Sie erhalten einen Bildungsgutschein für die Weiterbildung zum Staplerfahrer.",
] as const;

const ANDERE = [
  "Die Familienkasse prüft den Kinderzuschlag.",
  "Die Ausländerbehörde verlängert den Aufenthaltstitel.",
  "Der Berufspsychologische Service berät zur Berufswahl.",
] as const;

/** A realistic plan with items from the lists above. */
export function beispielInhalt(rand: () => number, frist: string, termin: string | null, n = 0): PlanInhalt {
  const id = (p: string, i: number) => `${p}${n}-${i}`;
  const schritte = [0, 1, 2].map((i) => ({ id: id("s", i), ...pick(rand, SCHRITTE), frist }));
  return {
    berufsziel: pick(rand, ZIELE),
    zwischenziele: [{ id: id("z", 0), text: pick(rand, ZWISCHENZIELE) }],
    schritte: schritte.filter((s, i) => schritte.findIndex((o) => o.text === s.text) === i),
    unterstuetzung: [
      { id: id("u", 0), text: pick(rand, UNTERSTUETZUNG) },
      { id: id("u", 1), text: "Wir sprechen alle vier Wochen über Ihre Bewerbungen." },
    ],
    andereStellen: rand() < 0.4 ? [{ id: id("a", 0), text: pick(rand, ANDERE) }] : [],
    vermittlungsfelder: rand() < 0.5 ? "Lager und Logistik, Einzelhandel" : "",
    rehaBedarf: rand() < 0.1 ? "pruefen" : "nein",
    wasSonstNochWichtig:
      rand() < 0.3 ? "Bitte bringen Sie zum nächsten Termin Ihre Bewerbungsliste mit." : "",
    naechsterTermin: termin ? { datum: termin, uhrzeit: "09:30", ort: "Jobcenter, Raum 2.14" } : null,
  };
}
