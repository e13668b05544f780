import { pdfTexteDe } from "../pdfTexteDe";
import type { PdfTexte } from "../pdfTexte";

/** Leichte Sprache: short sentences, one statement per sentence (wording as in the portal). */
export const pdfTexteDeLs: PdfTexte = {
  ...pdfTexteDe,
  nurDeutsch: "Nur in schwerer Sprache",
  titel: "Mein Kooperations·plan",
  ansprechperson: "Ihre Ansprech·person",
  vereinbart: (datum) => `Wir haben den Plan am ${datum} gemacht. Sie haben den Plan bekommen.`,
  ueberpruefung: (datum) => `Am ${datum} schauen wir den Plan wieder an.`,
  entwurf: "Entwurf. Der Plan ist noch nicht fertig.",
  vermittlungsfelder: (felder) => `Hier suche ich Arbeit: ${felder}`,
  rehaBedarf: {
    pruefen: "Vielleicht brauchen Sie eine Reha. Wir prüfen das zusammen.",
    ja: "Sie stellen einen Antrag auf Reha. Wir helfen Ihnen dabei.",
  },
  naechsterTermin: (termin) => `Unser nächster Termin: ${termin}`,
  keineAngaben: "Hier steht nichts.",
  fusszeile:
    "Sie müssen den Plan nicht unterschreiben. Der Plan ist kein Bescheid. Im Plan steht, was wir zusammen besprochen haben. (§\u00a015\u00a0SGB\u00a0II)",
};
