import type { PlanInhalt } from "../../../domain/kooperationsplan/planInhalt";
import type { PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";
import { listFromEintraege } from "./listFromEintraege";

/** "Mein Jobcenter unterstützt mich durch" (Leistungen zur Eingliederung). */
export function buildUnterstuetzung(inhalt: PlanInhalt, texte: PdfTexte): PlanAbschnitt {
  return {
    ueberschrift: texte.ueberschriften.unterstuetzung,
    bloecke: listFromEintraege(inhalt.unterstuetzung),
  };
}
