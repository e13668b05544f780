import type { PlanDokument } from "../../application/ports";
import { finishPdf } from "./finishPdf";
import { layoutPlan } from "./layoutPlan";
import type { PdfTexte } from "./pdfTexte";
import { KLEINSTE_SCHRIFTGROESSE, NORMALE_SCHRIFTGROESSE } from "./planTypografie";

const SCHRITT = 0.5;

export interface PlanPdf {
  bytes: Uint8Array;
  /** Body size the plan was set in: 11 pt, or smaller when it had to shrink to fit one page. */
  schriftgroesse: number;
  seiten: number;
}

/**
 * Sets the plan at 11 pt and shrinks it in half-point steps until it fits one A4 page. At the
 * smallest size a very long plan flows onto further pages: text is never cut off.
 */
export async function renderPlanPdf(dokument: PlanDokument, texte: PdfTexte): Promise<PlanPdf> {
  for (let groesse = NORMALE_SCHRIFTGROESSE; ; groesse -= SCHRITT) {
    const { pdf, seiten } = layoutPlan(dokument, texte, groesse);
    if (seiten === 1 || groesse - SCHRITT < KLEINSTE_SCHRIFTGROESSE) {
      return { bytes: await finishPdf(pdf), schriftgroesse: groesse, seiten };
    }
  }
}
