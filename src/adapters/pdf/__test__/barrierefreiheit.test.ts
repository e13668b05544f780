import { beforeAll, describe, expect, it } from "vitest";
import { renderPlanPdf } from "../renderPlanPdf";
import { pdfTexteDe } from "../pdfTexteDe";
import { buildPlanDokument } from "./buildPlanDokument";
import { type GelesenesPdf, readPdf } from "./readPdf";

describe("the plan PDF is accessible (PDF/UA, BITV 2.0)", () => {
  let pdf: GelesenesPdf;
  beforeAll(async () => {
    pdf = await readPdf((await renderPlanPdf(buildPlanDokument(), pdfTexteDe)).bytes);
  });

  it("is a tagged PDF: MarkInfo Marked true and a structure tree", () => {
    expect(pdf.marked).toBe(true);
    expect(pdf.roh).toMatch(/\/Type \/StructTreeRoot/);
    expect(pdf.rollen).toContain("Document");
  });

  it("tags headings, paragraphs and lists", () => {
    expect(pdf.rollen.filter((r) => r === "H1")).toHaveLength(1);
    expect(pdf.rollen.filter((r) => r === "H2")).toHaveLength(6);
    expect(pdf.rollen.filter((r) => r === "Sect")).toHaveLength(6);
    for (const rolle of ["P", "L", "LI", "Lbl", "LBody"]) expect(pdf.rollen).toContain(rolle);
    // three steps + one Zwischenziel + two offers + one other agency
    expect(pdf.rollen.filter((r) => r === "LI")).toHaveLength(7);
  });

  it("declares the document language de-DE", () => {
    expect(pdf.roh).toContain("/Lang (de-DE)");
    expect(pdf.info.Language).toBe("de-DE");
  });

  it("has a title that the viewer shows instead of the file name", () => {
    expect(pdf.info.Title).toBe("Kooperationsplan – Aylin Demir");
    expect(pdf.roh).toMatch(/\/DisplayDocTitle true/);
  });

  it("identifies itself as PDF/UA-1 in PDF 1.7", () => {
    expect(pdf.info.PDFFormatVersion).toBe("1.7");
    expect(pdf.roh).toContain("<pdfuaid:part>1</pdfuaid:part>");
  });

  it("embeds DejaVu Sans and none of the 14 standard fonts", () => {
    expect(pdf.roh).toContain("/FontFile2");
    expect(pdf.roh).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(pdf.roh).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(pdf.roh).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/);
  });

  it("marks decorative lines and the status band as artifacts", () => {
    // title rule, status band and its accent bar, footer rule
    expect(pdf.artefakte).toBe(4);
  });

  it("leaves no content untagged", () => {
    expect(pdf.ungetaggt).toBe(0);
  });
});

describe("XMP metadata", () => {
  it("stays well-formed XML when names contain & < >", async () => {
    const dokument = buildPlanDokument({
      person: { name: "Anna <Ann> Schmidt & Sohn", bgNummer: "1" },
      jobcenter: { name: "Jobcenter Stadt & Land", anschrift: "Am Markt 1" },
    });
    const { info, roh, text } = await readPdf((await renderPlanPdf(dokument, pdfTexteDe)).bytes);
    expect(info.Title).toBe("Kooperationsplan – Anna ‹Ann› Schmidt ＆ Sohn");
    const xmp =
      Buffer.from(roh, "latin1")
        .toString("utf8")
        .match(/<x:xmpmeta[\s\S]*<\/x:xmpmeta>/)?.[0] ?? "";
    expect(xmp).toContain("<dc:title>");
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)|<Ann>/);
    expect(text).toContain("Anna <Ann> Schmidt & Sohn");
  });
});
