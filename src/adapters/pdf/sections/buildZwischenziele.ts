import type { PlanInhalt } from "../../../domain/kooperationsplan/planInhalt";
import type { PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";
import { listFromEintraege } from "./listFromEintraege";

/** "Mein nächstes Zwischenziel". */
export function buildZwischenziele(inhalt: PlanInhalt, texte: PdfTexte): PlanAbschnitt {
  return {
    ueberschrift: texte.ueberschriften.zwischenziele,
    bloecke: listFromEintraege(inhalt.zwischenziele),
  };
}
