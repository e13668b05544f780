import { type AngebotTyp } from "../angebote/angebotTyp";
import { type EintragArt, type UnterstuetzungBereich, type ZielBereich } from "../qualitaet/bereiche";

/** Placeholders a template may contain, written `{name}` in the text. */
export const PLATZHALTER = [
  "anzahl",
  "datum",
  "angebot",
  "stelle",
  "beruf",
  "niveau",
  "stunden",
  "betrag",
] as const;
export type Platzhalter = (typeof PLATZHALTER)[number];

/** Languages a template text can be shown in besides German ("de-LS" = Leichte Sprache). */
export type Uebersetzungssprache = "de-LS" | "en" | "ar" | "uk" | "tr";
export type Uebersetzungen = Partial<Record<Uebersetzungssprache, string>>;

interface VorlageBasis {
  id: string;
  /** German text in plain language; specific by construction (how often, by when, or with whom). */
  text: string;
  /** Extra search words (official terms, abbreviations) that the plain text avoids. */
  schlagworte?: readonly string[];
  /** The same text in other languages; same placeholders. */
  uebersetzungen?: Uebersetzungen;
}

/** A goal or step template ("Ich …"); steps bring default frequency and proof. */
export interface ZielSchrittVorlage extends VorlageBasis {
  kind: Exclude<EintragArt, "unterstuetzung">;
  area: ZielBereich;
  haeufigkeit?: string;
  nachweis?: string;
}

/** A support template ("Das Jobcenter …"); `passtZu` names the plan areas it helps with. */
export interface UnterstuetzungVorlage extends VorlageBasis {
  kind: "unterstuetzung";
  area: UnterstuetzungBereich;
  passtZu: readonly ZielBereich[];
  angebotTyp?: AngebotTyp;
}

export type Vorlage = ZielSchrittVorlage | UnterstuetzungVorlage;

type Tr = { ls: string; en: string };
const tr = (t: Tr): Uebersetzungen => ({ "de-LS": t.ls, en: t.en });

/** Builds a goal template. */
export function ziel(id: string, area: ZielBereich, text: string, t: Tr): ZielSchrittVorlage {
  return { id, kind: "ziel", area, text, uebersetzungen: tr(t) };
}

/** Builds a step template with default frequency (`h`) and proof (`n`). */
export function schritt(
  id: string,
  area: ZielBereich,
  text: string,
  d: { h: string; n: string; tags?: string[] },
  t: Tr,
): ZielSchrittVorlage {
  return {
    id,
    kind: "schritt",
    area,
    text,
    haeufigkeit: d.h,
    nachweis: d.n,
    schlagworte: d.tags,
    uebersetzungen: tr(t),
  };
}

/** Builds a support template ("Das Jobcenter …"). */
export function hilfe(
  id: string,
  area: UnterstuetzungBereich,
  text: string,
  d: { passtZu: readonly ZielBereich[]; typ?: AngebotTyp; tags?: string[] },
  t: Tr,
): UnterstuetzungVorlage {
  return {
    id,
    kind: "unterstuetzung",
    area,
    text,
    passtZu: d.passtZu,
    angebotTyp: d.typ,
    schlagworte: d.tags,
    uebersetzungen: tr(t),
  };
}
