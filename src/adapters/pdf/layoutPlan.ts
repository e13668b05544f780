import type { PlanDokument } from "../../application/ports";
import { createPlanPdf, SEITENRAND } from "./createPlanPdf";
import type { PdfTexte } from "./pdfTexte";
import type { PlanKontext } from "./planKontext";
import { createTypografie } from "./planTypografie";
import { buildPlanAbschnitte } from "./sections/buildPlanAbschnitte";
import { uebersetzerFor } from "./sections/uebersetzer";
import { writeFuss } from "./writeFuss";
import { writeKontakt } from "./writeKontakt";
import { writeSection } from "./writeSection";
import { writeSeitenzahlen } from "./writeSeitenzahlen";
import { writeStatus } from "./writeStatus";
import { writeTitel } from "./writeTitel";

export interface PlanLayout {
  pdf: PDFKit.PDFDocument;
  seiten: number;
}

/** Draws the whole plan at body size `schriftgroesse` into a fresh document, not yet ended. */
export function layoutPlan(dokument: PlanDokument, texte: PdfTexte, schriftgroesse: number): PlanLayout {
  const pdf = createPlanPdf(dokument, texte);
  const ctx: PlanKontext = {
    pdf,
    typo: createTypografie(schriftgroesse),
    texte,
    spalte: { x: SEITENRAND.left, breite: pdf.page.width - SEITENRAND.left - SEITENRAND.right },
    unten: pdf.page.height - SEITENRAND.bottom,
  };
  const wurzel = pdf.struct("Document");
  pdf.addStructure(wurzel);
  writeTitel(ctx, wurzel, dokument);
  writeKontakt(ctx, wurzel, dokument);
  ctx.pdf.y += ctx.typo.abschnitt;
  writeStatus(ctx, wurzel, dokument);
  const uebersetze = uebersetzerFor(dokument, texte);
  for (const abschnitt of buildPlanAbschnitte(dokument.inhalt, texte, uebersetze))
    writeSection(ctx, wurzel, abschnitt);
  writeFuss(ctx, wurzel);
  wurzel.end();
  writeSeitenzahlen(ctx);
  return { pdf, seiten: pdf.bufferedPageRange().count };
}
