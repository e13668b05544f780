import { describe, expect, it } from "vitest";
import type { PdfRenderer } from "../../../application/ports";
import { fitsOnePage } from "../fitsOnePage";
import { PdfKitPlanRenderer } from "../PdfKitPlanRenderer";
import { pdfTexteDe } from "../pdfTexteDe";
import { PDF_TEXTE } from "../sprachen/pdfTexteJeSprache";
import { buildLangerInhalt } from "./buildLangerInhalt";
import { buildPlanDokument } from "./buildPlanDokument";
import { readPdf } from "./readPdf";

describe("PdfKitPlanRenderer", () => {
  it("implements the PdfRenderer port with a PDF 1.7 file", async () => {
    const renderer: PdfRenderer = new PdfKitPlanRenderer();
    const bytes = await renderer.renderPlan(buildPlanDokument());
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes.subarray(0, 8)).toString("latin1")).toBe("%PDF-1.7");
    expect((await readPdf(bytes)).seiten).toBe(1);
  });

  it("chooses the wording by the primary language subtag and falls back to German", () => {
    const renderer = new PdfKitPlanRenderer();
    expect(renderer.texteFor("de-DE")).toBe(pdfTexteDe);
    expect(renderer.texteFor("ar")).toBe(PDF_TEXTE.ar);
    expect(renderer.texteFor("en-GB")).toBe(PDF_TEXTE.en);
    expect(renderer.texteFor("fr")).toBe(pdfTexteDe);
  });

  it("writes the document language it is given", async () => {
    const bytes = await new PdfKitPlanRenderer().renderPlan(buildPlanDokument({ lang: "de-AT" }));
    expect((await readPdf(bytes)).info.Language).toBe("de-AT");
  });
});

describe("fitsOnePage", () => {
  it("is true for a typical plan at 11 pt", () => {
    expect(fitsOnePage(buildPlanDokument())).toBe(true);
    expect(new PdfKitPlanRenderer().fitsOnePage(buildPlanDokument())).toBe(true);
  });

  it("is false when the plan only fits at a smaller size or not at all", () => {
    expect(fitsOnePage(buildPlanDokument({}, buildLangerInhalt(4, 2)))).toBe(false);
    expect(fitsOnePage(buildPlanDokument({}, buildLangerInhalt(30, 20)))).toBe(false);
  });
});
