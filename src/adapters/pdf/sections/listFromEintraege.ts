import type { Eintrag } from "../../../domain/kooperationsplan/planInhalt";
import type { AbschnittBlock } from "../planAbschnitt";

/** A bullet list of plain entries, or nothing when there are none. */
export function listFromEintraege(eintraege: readonly Eintrag[]): AbschnittBlock[] {
  if (eintraege.length === 0) return [];
  return [{ art: "liste", punkte: eintraege.map((e) => ({ text: e.text, detail: null })) }];
}
