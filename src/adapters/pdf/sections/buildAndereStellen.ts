import type { PlanInhalt } from "../../../domain/kooperationsplan/planInhalt";
import type { PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";
import { listFromEintraege } from "./listFromEintraege";

/** "Unterstützung durch andere Stellen". */
export function buildAndereStellen(inhalt: PlanInhalt, texte: PdfTexte): PlanAbschnitt {
  return {
    ueberschrift: texte.ueberschriften.andereStellen,
    bloecke: listFromEintraege(inhalt.andereStellen),
  };
}
