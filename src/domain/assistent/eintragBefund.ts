import { AREA_LABELS, type Area, type EntryKind } from "../coding/areas";
import { codeCached } from "./codeCached";
import { hintForEntry } from "../coding/hintForEntry";
import type { EintragCode } from "./codeEintrag";
import { isAreaFor } from "./codeEintrag";
import { bereichPruefen } from "./bereichswahl";

/** What the assistant says about one entry (or the goal text). */
export interface EintragBefund {
  /** Entry id, or "berufsziel" for the goal text. */
  id: string;
  art: EntryKind;
  /** The area in force: a person's choice, else the coder's. */
  area: Area;
  areaLabel: string;
  /** The coder's own area (shown as "automatisch: …" in the area select). */
  autoArea: Area;
  codedBy: EintragCode["codedBy"];
  specific: boolean;
  /** What is missing to make the entry concrete, with an example; null when it is concrete. */
  hinweis: string | null;
  /** A person's choice of area whose text changed substantially since (see `bereichPruefen`). */
  bereichPruefen: boolean;
  /** Placeholders of a template still in the text, e.g. ["anzahl"]. */
  platzhalter: string[];
}

const PLATZHALTER = /\{(\w+)\}/g;

/**
 * Codes one entry (text as the coder reads it, see `codierText`) and builds its hint; `eintragText` is
 * the entry's own text, compared with the text at the time of a manual choice of area.
 */
export function eintragBefund(
  id: string,
  art: EntryKind,
  text: string,
  code?: EintragCode,
  eintragText: string = text,
): EintragBefund {
  const coding = codeCached(art, text);
  const person = code?.codedBy === "person" && isAreaFor(art, code.area) ? code.area : null;
  const area = person ?? coding.area;
  const platzhalter = [...new Set([...text.matchAll(PLATZHALTER)].map((m) => m[1] ?? ""))];
  return {
    id,
    art,
    area,
    areaLabel: AREA_LABELS[area],
    autoArea: coding.area,
    codedBy: person ? "person" : "auto",
    bereichPruefen: person !== null && bereichPruefen(code?.bezugstext, eintragText),
    specific: coding.specific,
    hinweis: hintForEntry({ kind: art, text }, { ...coding, area }),
    platzhalter,
  };
}
