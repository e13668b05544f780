import type { PlanInhalt } from "../../../domain/kooperationsplan/planInhalt";
import type { PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";
import { listFromEintraege } from "./listFromEintraege";
import { unuebersetzt, type Uebersetzer } from "./uebersetzer";

/** "Unterstützung durch andere Stellen". */
export function buildAndereStellen(
  inhalt: PlanInhalt,
  texte: PdfTexte,
  uebersetze: Uebersetzer = unuebersetzt,
): PlanAbschnitt {
  return {
    ueberschrift: texte.ueberschriften.andereStellen,
    bloecke: listFromEintraege(inhalt.andereStellen, uebersetze),
  };
}
