import type { RehaBedarf } from "../../domain/kooperationsplan/planInhalt";
import type { UebergabeKanal } from "../../domain/kooperationsplan/planVersion";
import type { IsoDate } from "../../domain/shared/isoDate";

/**
 * Every word printed on the plan PDF, one object per portal language (`pdfTexteJeSprache.ts`).
 * Dates are formatted here too, so a language can choose its own date format.
 */
export interface PdfTexte {
  /** Writing direction: Arabic is set right to left. */
  richtung: "ltr" | "rtl";
  /** Beside free text that stays German in a translated plan. */
  nurDeutsch: string;
  /** Beside free text the counsellor has translated. */
  jobcenterUebersetzung: string;
  datum: (datum: IsoDate) => string;
  titel: string;
  version: (nummer: number) => string;
  metadatenTitel: (name: string) => string;
  metadatenThema: string;
  bgNummer: string;
  ansprechperson: string;
  telefon: string;
  email: string;
  vereinbart: (datum: string, kanal: UebergabeKanal | null) => string;
  ueberpruefung: (datum: string) => string;
  entwurf: string;
  ueberschriften: {
    berufsziel: string;
    zwischenziele: string;
    schritte: string;
    unterstuetzung: string;
    andereStellen: string;
    wasSonstNochWichtig: string;
  };
  vermittlungsfelder: (felder: string) => string;
  wieOft: string;
  bis: string;
  nachweis: string;
  rehaBedarf: Record<Exclude<RehaBedarf, "nein">, string>;
  naechsterTermin: (termin: string) => string;
  uhr: (uhrzeit: string) => string;
  keineAngaben: string;
  /** Page number, printed only when a very long plan runs onto more than one page. */
  seite: (nummer: number, von: number) => string;
  fusszeile: string;
}
