import type { PlanInhalt } from "../../../domain/kooperationsplan/planInhalt";
import type { PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";
import { listFromEintraege } from "./listFromEintraege";
import { unuebersetzt, type Uebersetzer } from "./uebersetzer";

/** "Mein nächstes Zwischenziel". */
export function buildZwischenziele(
  inhalt: PlanInhalt,
  texte: PdfTexte,
  uebersetze: Uebersetzer = unuebersetzt,
): PlanAbschnitt {
  return {
    ueberschrift: texte.ueberschriften.zwischenziele,
    bloecke: listFromEintraege(inhalt.zwischenziele, uebersetze),
  };
}
