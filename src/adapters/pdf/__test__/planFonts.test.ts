import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { registerPlanFonts, SCHRIFT } from "../planFonts";
import { finishPdf } from "../finishPdf";
import { PdfKitPlanRenderer } from "../PdfKitPlanRenderer";
import { PDF_TEXTE } from "../sprachen/pdfTexteJeSprache";
import { buildPlanDokument } from "./buildPlanDokument";
import { containsText, readPdf } from "./readPdf";

type MitSchriften = { _fontFamilies: Record<string, { font: unknown; id: string }> };
const schriftenVon = (pdf: PDFKit.PDFDocument) => (pdf as unknown as MitSchriften)._fontFamilies;

async function dokumentMit(text: string): Promise<{ pdf: PDFKit.PDFDocument; bytes: Uint8Array }> {
  const pdf = new PDFDocument({ size: "A4" });
  registerPlanFonts(pdf);
  pdf.font(SCHRIFT.fett).text(text);
  return { pdf, bytes: await finishPdf(pdf) };
}

describe("the plan fonts", () => {
  it("are parsed once per process, while every document embeds its own subset", async () => {
    const erstes = await dokumentMit("Nächste Schritte");
    const zweites = await dokumentMit("Sonraki adımlarım");
    const a = schriftenVon(erstes.pdf)[SCHRIFT.fett];
    const b = schriftenVon(zweites.pdf)[SCHRIFT.fett];
    expect(b?.font).toBe(a?.font);
    expect(b).not.toBe(a);
  });

  it("keep the text layer of each document whole, whatever an earlier document set", async () => {
    const renderer = new PdfKitPlanRenderer();
    await renderer.renderPlan(buildPlanDokument());
    const tr = await readPdf(await renderer.renderPlan(buildPlanDokument({ lang: "tr", sprache: "tr" })));
    expect(containsText(tr.text, PDF_TEXTE.tr.ueberschriften.schritte)).toBe(true);
    expect(containsText(tr.text, PDF_TEXTE.tr.ueberschriften.andereStellen)).toBe(true);
  });
});
