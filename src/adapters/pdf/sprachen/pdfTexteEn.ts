import type { UebergabeKanal } from "../../../domain/kooperationsplan/planVersion";
import { formatGermanDate } from "../../../domain/shared/isoDate";
import type { PdfTexte } from "../pdfTexte";

const KANAL: Record<UebergabeKanal, string> = {
  persoenlich: "in person",
  post: "by post",
  digital: "digitally",
};

/** English wording of the plan (as in the portal). */
export const pdfTexteEn: PdfTexte = {
  richtung: "ltr",
  nurDeutsch: "Only in German",
  jobcenterUebersetzung: "Translated by the jobcentre",
  datum: formatGermanDate,
  titel: "My cooperation plan",
  version: (nummer) => `Version ${nummer}`,
  metadatenTitel: (name) => `Cooperation plan – ${name}`,
  metadatenThema: "Cooperation plan under § 15 SGB II",
  bgNummer: "BG number",
  ansprechperson: "Your contact person",
  telefon: "Phone",
  email: "Email",
  vereinbart: (datum, kanal) =>
    `Agreed and handed over on ${datum}${kanal === null ? "" : ` (${KANAL[kanal]})`}`,
  ueberpruefung: (datum) => `We will review the plan by ${datum} at the latest.`,
  entwurf: "Draft – not agreed yet",
  ueberschriften: {
    berufsziel: "My career goal",
    zwischenziele: "My next intermediate goal",
    schritte: "My next steps",
    unterstuetzung: "My jobcentre supports me with",
    andereStellen: "Support from other agencies",
    wasSonstNochWichtig: "What else is important",
  },
  vermittlungsfelder: (felder) => `I am looking for work in these fields: ${felder}`,
  wieOft: "How often",
  bis: "By",
  nachweis: "Proof",
  rehaBedarf: {
    pruefen: "We will check together whether rehabilitation benefits are an option for you.",
    ja: "You will apply for rehabilitation benefits. We will help you with this.",
  },
  naechsterTermin: (termin) => `Our next appointment: ${termin}`,
  uhr: (uhrzeit) => uhrzeit,
  keineAngaben: "– no details –",
  seite: (nummer, von) => `Page ${nummer} of ${von}`,
  fusszeile:
    "This plan needs no signature and is not an official decision. It records what we agreed together. (§\u00a015\u00a0SGB\u00a0II)",
};
