import PDFDocument from "pdfkit";
import type { PlanDokument } from "../../application/ports";
import type { PdfTexte } from "./pdfTexte";
import { registerPlanFonts } from "./planFonts";
import { toMetadatenText } from "./toMetadatenText";

export const SEITENRAND = { top: 50, bottom: 46, left: 62, right: 62 } as const;

/**
 * An empty A4, tagged PDF/UA-1 document with the title shown in the viewer, the document language
 * and DejaVu Sans embedded. `bufferPages` keeps pages in memory so the caller can count them.
 */
export function createPlanPdf(dokument: PlanDokument, texte: PdfTexte): PDFKit.PDFDocument {
  const pdf = new PDFDocument({
    size: "A4",
    margins: SEITENRAND,
    pdfVersion: "1.7",
    // @types/pdfkit 0.17 does not list "PDF/UA", which pdfkit supports since 0.13.
    subset: "PDF/UA" as unknown as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: dokument.lang,
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: toMetadatenText(texte.metadatenTitel(dokument.person.name)),
      Subject: toMetadatenText(texte.metadatenThema),
      Author: toMetadatenText(dokument.jobcenter.name),
      Creator: "Kooperationsplan",
    },
  });
  registerPlanFonts(pdf);
  return pdf;
}
