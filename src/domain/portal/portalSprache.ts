import { SPRACHEN, type Sprache } from "../person/leistungsberechtigte";

export { SPRACHEN, type Sprache };

/** BCP 47 tag of a portal language (Leichte Sprache is German: `de-DE`, marked in the text itself). */
export const LANG_TAG: Record<Sprache, string> = {
  de: "de-DE",
  "de-LS": "de-DE",
  en: "en-GB",
  ar: "ar",
  uk: "uk-UA",
  tr: "tr-TR",
};

export const isRtl = (sprache: Sprache): boolean => sprache === "ar";

export function toSprache(wert: unknown): Sprache | null {
  return SPRACHEN.find((s) => s === wert) ?? null;
}
