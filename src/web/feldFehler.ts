import type { FeldFehlerCode } from "./translations/de";

/** One field error as a form shows it: the field, its stable code and the German sentence from the dictionary. */
export interface FeldFehler {
  feld: string;
  code: FeldFehlerCode;
  meldung: string;
}
