import type { UebergabeKanal } from "../../domain/kooperationsplan/planVersion";
import { formatGermanDate } from "../../domain/shared/isoDate";
import type { PdfTexte } from "./pdfTexte";

const KANAL: Record<UebergabeKanal, string> = {
  persoenlich: "persönlich",
  post: "per Post",
  digital: "digital",
};

/** German wording of the plan, in the plain language of the BA one-page template. */
export const pdfTexteDe: PdfTexte = {
  richtung: "ltr",
  nurDeutsch: "Nur auf Deutsch",
  jobcenterUebersetzung: "Übersetzung durch das Jobcenter",
  datum: formatGermanDate,
  titel: "Mein Kooperationsplan",
  version: (nummer) => `Version ${nummer}`,
  metadatenTitel: (name) => `Kooperationsplan – ${name}`,
  metadatenThema: "Kooperationsplan nach § 15 SGB II",
  bgNummer: "BG-Nummer",
  ansprechperson: "Ihre Ansprechperson",
  telefon: "Telefon",
  email: "E-Mail",
  vereinbart: (datum, kanal) =>
    `Vereinbart und übergeben am ${datum}${kanal === null ? "" : ` (${KANAL[kanal]})`}`,
  ueberpruefung: (datum) => `Wir überprüfen den Plan spätestens am ${datum}.`,
  entwurf: "Entwurf – noch nicht vereinbart",
  ueberschriften: {
    berufsziel: "Mein Berufsziel",
    zwischenziele: "Mein nächstes Zwischenziel",
    schritte: "Meine nächsten Schritte",
    unterstuetzung: "Mein Jobcenter unterstützt mich durch",
    andereStellen: "Unterstützung durch andere Stellen",
    wasSonstNochWichtig: "Was sonst noch wichtig ist",
  },
  vermittlungsfelder: (felder) => `In diesen Bereichen suche ich Arbeit: ${felder}`,
  wieOft: "Wie oft",
  bis: "Bis",
  nachweis: "Nachweis",
  rehaBedarf: {
    pruefen: "Wir prüfen gemeinsam, ob Leistungen zur Rehabilitation für Sie in Frage kommen.",
    ja: "Sie stellen einen Antrag auf Leistungen zur Rehabilitation. Wir unterstützen Sie dabei.",
  },
  naechsterTermin: (termin) => `Unser nächster Termin: ${termin}`,
  uhr: (uhrzeit) => `${uhrzeit} Uhr`,
  keineAngaben: "– keine Angaben –",
  seite: (nummer, von) => `Seite ${nummer} von ${von}`,
  fusszeile:
    "Dieser Plan braucht keine Unterschrift und ist kein Bescheid. Er hält fest, was wir gemeinsam vereinbart haben. (§\u00a015\u00a0SGB\u00a0II)",
};
