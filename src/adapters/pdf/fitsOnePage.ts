import type { PlanDokument } from "../../application/ports";
import { layoutPlan } from "./layoutPlan";
import type { PdfTexte } from "./pdfTexte";
import { pdfTexteDe } from "./pdfTexteDe";
import { NORMALE_SCHRIFTGROESSE } from "./planTypografie";

/**
 * Whether the plan fits one A4 page at the normal 11 pt body size. The editor preview uses it to
 * warn before the plan would be set smaller (or, when very long, run onto a second page).
 */
export function fitsOnePage(dokument: PlanDokument, texte: PdfTexte = pdfTexteDe): boolean {
  return layoutPlan(dokument, texte, NORMALE_SCHRIFTGROESSE).seiten === 1;
}
