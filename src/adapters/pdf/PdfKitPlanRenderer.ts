import type { PdfRenderer, PlanDokument } from "../../application/ports";
import { fitsOnePage } from "./fitsOnePage";
import type { PdfTexte } from "./pdfTexte";
import { pdfTexteDe } from "./pdfTexteDe";
import { renderPlanPdf } from "./renderPlanPdf";
import { PDF_TEXTE } from "./sprachen/pdfTexteJeSprache";

/** Wording per primary language subtag (`de` of `de-DE`). */
export type PdfTexteJeSprache = Readonly<Record<string, PdfTexte>>;

const JE_SUBTAG: PdfTexteJeSprache = {
  de: PDF_TEXTE.de,
  en: PDF_TEXTE.en,
  ar: PDF_TEXTE.ar,
  uk: PDF_TEXTE.uk,
  tr: PDF_TEXTE.tr,
};

/** The plan in Textform as a one-page, tagged PDF/UA A4 document, rendered with pdfkit. */
export class PdfKitPlanRenderer implements PdfRenderer {
  constructor(private readonly texteJeSprache: PdfTexteJeSprache = JE_SUBTAG) {}

  /** German wording is the fallback for a language without its own texts. */
  texteFor(lang: string): PdfTexte {
    const sprache = lang.split("-")[0]?.toLowerCase() ?? "de";
    return this.texteJeSprache[sprache] ?? pdfTexteDe;
  }

  /** The portal language of the document wins (Leichte Sprache shares `de-DE` with German). */
  texteForDokument(doc: PlanDokument): PdfTexte {
    return doc.sprache ? PDF_TEXTE[doc.sprache] : this.texteFor(doc.lang);
  }

  async renderPlan(doc: PlanDokument): Promise<Uint8Array> {
    return (await renderPlanPdf(doc, this.texteForDokument(doc))).bytes;
  }

  fitsOnePage(doc: PlanDokument): boolean {
    return fitsOnePage(doc, this.texteForDokument(doc));
  }
}
