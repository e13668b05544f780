import type { PlanInhalt } from "../../../domain/kooperationsplan/planInhalt";
import type { PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";
import { listFromEintraege } from "./listFromEintraege";
import { unuebersetzt, type Uebersetzer } from "./uebersetzer";

/** "Mein Jobcenter unterstützt mich durch" (Leistungen zur Eingliederung). */
export function buildUnterstuetzung(
  inhalt: PlanInhalt,
  texte: PdfTexte,
  uebersetze: Uebersetzer = unuebersetzt,
): PlanAbschnitt {
  return {
    ueberschrift: texte.ueberschriften.unterstuetzung,
    bloecke: listFromEintraege(inhalt.unterstuetzung, uebersetze),
  };
}
