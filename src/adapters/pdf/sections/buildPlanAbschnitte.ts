import type { PlanInhalt } from "../../../domain/kooperationsplan/planInhalt";
import type { PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";
import { buildAndereStellen } from "./buildAndereStellen";
import { buildBerufsziel } from "./buildBerufsziel";
import { buildSchritte } from "./buildSchritte";
import { buildUnterstuetzung } from "./buildUnterstuetzung";
import { buildWasSonstNochWichtig } from "./buildWasSonstNochWichtig";
import { buildZwischenziele } from "./buildZwischenziele";

/** The six rubrics of the BA one-page template, always all six and in this order. */
export function buildPlanAbschnitte(inhalt: PlanInhalt, texte: PdfTexte): PlanAbschnitt[] {
  return [
    buildBerufsziel(inhalt, texte),
    buildZwischenziele(inhalt, texte),
    buildSchritte(inhalt, texte),
    buildUnterstuetzung(inhalt, texte),
    buildAndereStellen(inhalt, texte),
    buildWasSonstNochWichtig(inhalt, texte),
  ];
}
