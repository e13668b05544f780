import { formatGermanDate, isValidIsoDate } from "../shared/isoDate";
import { PLATZHALTER, type Platzhalter, type Uebersetzungssprache, type Vorlage } from "./vorlage";

export type VorlagenWerte = Partial<Record<Platzhalter, string | number>>;

export interface GefuellteVorlage {
  text: string;
  haeufigkeit?: string;
  nachweis?: string;
  /** Placeholders without a value, in order of appearance; they stay as `{name}` in the texts. */
  fehlend: Platzhalter[];
  vollstaendig: boolean;
  /** Language of `text`: the requested translation if the template has one, else "de". */
  sprache: Uebersetzungssprache | "de";
}

const PLACEHOLDER = /\{(\w+)\}/g;
const isPlatzhalter = (name: string): name is Platzhalter =>
  (PLATZHALTER as readonly string[]).includes(name);

function format(name: Platzhalter, value: string | number): string {
  const s = String(value).trim();
  return name === "datum" && isValidIsoDate(s) ? formatGermanDate(s) : s;
}

/**
 * Fills a template's placeholders (`{anzahl}`, `{datum}` as ISO date or free text, `{angebot}`, …)
 * in the text and, for steps, the default frequency and proof. Missing or empty values are reported
 * in `fehlend` and left in place. With `sprache`, the translated text is used where one exists.
 */
export function fillVorlage(
  vorlage: Vorlage,
  werte: VorlagenWerte,
  optionen: { sprache?: Uebersetzungssprache } = {},
): GefuellteVorlage {
  const fehlend = new Set<Platzhalter>();
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (match, name: string) => {
      if (!isPlatzhalter(name)) return match;
      const value = werte[name];
      if (value === undefined || String(value).trim() === "") {
        fehlend.add(name);
        return match;
      }
      return format(name, value);
    });
  const translated = optionen.sprache ? vorlage.uebersetzungen?.[optionen.sprache] : undefined;
  const result: GefuellteVorlage = {
    text: fill(translated ?? vorlage.text),
    fehlend: [],
    vollstaendig: false,
    sprache: translated && optionen.sprache ? optionen.sprache : "de",
  };
  if (vorlage.kind !== "unterstuetzung") {
    if (vorlage.haeufigkeit !== undefined) result.haeufigkeit = fill(vorlage.haeufigkeit);
    if (vorlage.nachweis !== undefined) result.nachweis = fill(vorlage.nachweis);
  }
  result.fehlend = [...fehlend];
  result.vollstaendig = fehlend.size === 0;
  return result;
}
