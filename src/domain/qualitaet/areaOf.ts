import type { Eintrag } from "../kooperationsplan/planInhalt";
import type { EintragArt } from "./bereiche";

/**
 * Where the checks get an entry's area from: the coder (or a person's correction). Returns the area
 * code as a string (e.g. "sprache"), or undefined when the entry is not coded yet.
 */
export type AreaOf = (eintrag: Eintrag, art: EintragArt) => string | undefined;

/** The area stored on the entry itself (`eintrag.code.area`), if any. */
export const areaFromCode: AreaOf = (eintrag) => eintrag.code?.area;

/** An {@link AreaOf} backed by a map of entry id → area; falls back to the stored code. */
export function areaOfFromMap(areas: ReadonlyMap<string, string>): AreaOf {
  return (eintrag, art) => areas.get(eintrag.id) ?? areaFromCode(eintrag, art);
}
