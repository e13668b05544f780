import type { Eintrag } from "../../../domain/kooperationsplan/planInhalt";
import type { AbschnittBlock } from "../planAbschnitt";
import { unuebersetzt, type Uebersetzer } from "./uebersetzer";

/** A bullet list of plain entries, or nothing when there are none. */
export function listFromEintraege(
  eintraege: readonly Eintrag[],
  uebersetze: Uebersetzer = unuebersetzt,
): AbschnittBlock[] {
  if (eintraege.length === 0) return [];
  return [{ art: "liste", punkte: eintraege.map((e) => ({ ...uebersetze(e.text, e.id), detail: null })) }];
}
