import { areasForKind, type Area, type EntryKind } from "../coding/areas";
import { codeCached } from "./codeCached";
import type { Eintrag } from "../kooperationsplan/planInhalt";

export type EintragCode = NonNullable<Eintrag["code"]>;

/** Is `area` one of the areas the codebook allows for this kind of entry? */
export function isAreaFor(kind: EntryKind, area: string): area is Area {
  return (areasForKind(kind) as readonly string[]).includes(area);
}

/**
 * The stored code of one entry: the coder's area and `specific` flag (`codedBy: "auto"`), unless a
 * person chose the area (`codedBy: "person"`): then that area wins and is kept. `specific` always
 * follows the current text, because the text may have changed since the person chose the area.
 */
export function codeEintrag(text: string, kind: EntryKind, bisher?: EintragCode): EintragCode {
  const coding = codeCached(kind, text);
  if (bisher?.codedBy === "person" && isAreaFor(kind, bisher.area))
    return {
      area: bisher.area,
      specific: coding.specific,
      codedBy: "person",
      ...(bisher.bezugstext !== undefined && { bezugstext: bisher.bezugstext }),
    };
  return { area: coding.area, specific: coding.specific, codedBy: "auto" };
}
