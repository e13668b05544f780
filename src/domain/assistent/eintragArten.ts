import type { EntryKind } from "../coding/areas";
import type { ListSection } from "../kooperationsplan/planInhalt";

/** The codebook kind of the entries in each list section of the plan (the goal text is a `ziel`). */
export const ART_DER_SECTION: Readonly<Record<ListSection, EntryKind>> = {
  zwischenziele: "ziel",
  schritte: "schritt",
  unterstuetzung: "unterstuetzung",
  andereStellen: "unterstuetzung",
};
