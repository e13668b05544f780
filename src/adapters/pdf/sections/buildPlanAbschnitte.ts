import type { PlanInhalt } from "../../../domain/kooperationsplan/planInhalt";
import type { PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";
import { buildAndereStellen } from "./buildAndereStellen";
import { buildBerufsziel } from "./buildBerufsziel";
import { buildSchritte } from "./buildSchritte";
import { buildUnterstuetzung } from "./buildUnterstuetzung";
import { buildWasSonstNochWichtig } from "./buildWasSonstNochWichtig";
import { buildZwischenziele } from "./buildZwischenziele";
import { unuebersetzt, type Uebersetzer } from "./uebersetzer";

/** The six rubrics of the BA one-page template, always all six and in this order. */
export function buildPlanAbschnitte(
  inhalt: PlanInhalt,
  texte: PdfTexte,
  uebersetze: Uebersetzer = unuebersetzt,
): PlanAbschnitt[] {
  return [
    buildBerufsziel(inhalt, texte, uebersetze),
    buildZwischenziele(inhalt, texte, uebersetze),
    buildSchritte(inhalt, texte, uebersetze),
    buildUnterstuetzung(inhalt, texte, uebersetze),
    buildAndereStellen(inhalt, texte, uebersetze),
    buildWasSonstNochWichtig(inhalt, texte, uebersetze),
  ];
}
