import PDFDocument from "pdfkit";
import type { BriefDokument } from "../../../application/rechtsfolgen/ports";
import { SEITENRAND } from "../createPlanPdf";
import { registerPlanFonts } from "../planFonts";
import { toMetadatenText } from "../toMetadatenText";
import { briefTitel } from "./briefAbschnitte";

/** An empty A4, tagged PDF/UA-1 letter with title, language and DejaVu Sans embedded (like the plan). */
export function createBriefPdf(d: BriefDokument): PDFKit.PDFDocument {
  const pdf = new PDFDocument({
    size: "A4",
    margins: SEITENRAND,
    pdfVersion: "1.7",
    // @types/pdfkit 0.17 does not list "PDF/UA", which pdfkit supports since 0.13.
    subset: "PDF/UA" as unknown as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: d.lang,
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: toMetadatenText(`${briefTitel(d)} – ${d.person.name}`),
      Subject: toMetadatenText(
        d.brief.art === "einladung" ? "Einladung nach § 15 SGB II" : "Schreiben nach §§ 15, 15a, 31 SGB II",
      ),
      Author: toMetadatenText(d.jobcenter.name),
      Creator: "Kooperationsplan",
    },
  });
  registerPlanFonts(pdf);
  return pdf;
}
