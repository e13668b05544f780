import type { PdfRenderer, PlanDokument } from "../../application/ports";
import { fitsOnePage } from "./fitsOnePage";
import type { PdfTexte } from "./pdfTexte";
import { pdfTexteDe } from "./pdfTexteDe";
import { renderPlanPdf } from "./renderPlanPdf";

/** Wording per primary language subtag (`de` of `de-DE`). German only so far. */
export type PdfTexteJeSprache = Readonly<Record<string, PdfTexte>>;

/** The plan in Textform as a one-page, tagged PDF/UA A4 document, rendered with pdfkit. */
export class PdfKitPlanRenderer implements PdfRenderer {
  constructor(private readonly texteJeSprache: PdfTexteJeSprache = { de: pdfTexteDe }) {}

  /** German wording is the fallback for a language without its own texts. */
  texteFor(lang: string): PdfTexte {
    const sprache = lang.split("-")[0]?.toLowerCase() ?? "de";
    return this.texteJeSprache[sprache] ?? pdfTexteDe;
  }

  async renderPlan(doc: PlanDokument): Promise<Uint8Array> {
    return (await renderPlanPdf(doc, this.texteFor(doc.lang))).bytes;
  }

  fitsOnePage(doc: PlanDokument): boolean {
    return fitsOnePage(doc, this.texteFor(doc.lang));
  }
}
