import type { PortalFehlerCode } from "../../../domain/portal/fehlerCodes";
import type { Sprache } from "../../../domain/portal/portalSprache";
import { portalAr } from "./ar";
import { portalDe, type PortalTexte } from "./de";
import { portalDeLs } from "./deLs";
import { portalEn } from "./en";
import { portalTr } from "./tr";
import { portalUk } from "./uk";

/** The portal texts per language; the type requires every language and every key. */
export const PORTAL_TEXTE: Record<Sprache, PortalTexte> = {
  de: portalDe,
  "de-LS": portalDeLs,
  en: portalEn,
  ar: portalAr,
  uk: portalUk,
  tr: portalTr,
};

/** Type-level check: the error texts cover exactly the stable portal error codes. */
const fehlerCodesAbgedeckt: Record<PortalFehlerCode, string> = portalDe.fehler.codes;
void fehlerCodesAbgedeckt;

/** Each language's name in that language, for the language switch. */
export const SPRACH_NAMEN: Record<Sprache, string> = {
  de: "Deutsch",
  "de-LS": "Leichte Sprache",
  en: "English",
  ar: "العربية",
  uk: "Українська",
  tr: "Türkçe",
};

export const textFor = (sprache: Sprache): PortalTexte => PORTAL_TEXTE[sprache];
export type { PortalTexte };
