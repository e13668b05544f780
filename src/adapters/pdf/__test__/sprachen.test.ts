import { describe, expect, it } from "vitest";
import { SPRACHEN } from "../../../domain/person/leistungsberechtigte";
import { PdfKitPlanRenderer } from "../PdfKitPlanRenderer";
import { PDF_LANG, PDF_TEXTE } from "../sprachen/pdfTexteJeSprache";
import { buildPlanDokument } from "./buildPlanDokument";
import { containsText, readPdf } from "./readPdf";

const renderer = new PdfKitPlanRenderer();

describe("the plan PDF in every portal language", () => {
  it.each(SPRACHEN)("%s: one tagged page with /Lang, headings in the language", async (sprache) => {
    const bytes = await renderer.renderPlan(buildPlanDokument({ lang: PDF_LANG[sprache], sprache }));
    const pdf = await readPdf(bytes);
    expect(pdf.seiten).toBe(1);
    expect(pdf.roh).toContain(`/Lang (${PDF_LANG[sprache]})`);
    expect(pdf.info.Language).toBe(PDF_LANG[sprache]);
    expect(pdf.marked).toBe(true);
    expect(pdf.ungetaggt).toBe(0);
    expect(pdf.rollen.filter((r) => r === "H2")).toHaveLength(6);
    expect(containsText(pdf.text, PDF_TEXTE[sprache].ueberschriften.schritte)).toBe(true);
  });

  it("prints catalogue entries translated and keeps free text German, tagged de-DE and marked", async () => {
    const dokument = buildPlanDokument(
      { lang: "en", sprache: "en" },
      {
        schritte: [
          {
            id: "s1",
            text: "Ich bewerbe mich jeden Monat auf 4 Stellen als Verkäuferin.",
            haeufigkeit: "",
            frist: null,
            nachweis: "",
          },
          {
            id: "s2",
            text: "Ich gehe zur Schuldnerberatung am Markt.",
            haeufigkeit: "",
            frist: null,
            nachweis: "",
          },
        ],
      },
    );
    const pdf = await readPdf(await renderer.renderPlan(dokument));
    expect(containsText(pdf.text, "Every month I apply for 4 jobs as Verkäuferin.")).toBe(true);
    expect(containsText(pdf.text, "Ich gehe zur Schuldnerberatung am Markt. (Only in German)")).toBe(true);
    expect(pdf.roh).toContain("/Lang (de-DE)");
    expect(pdf.rollen).toContain("Span");
  });

  it("prints the jobcentre's translation of free text with its note", async () => {
    const dokument = buildPlanDokument(
      { lang: "uk", sprache: "uk", uebersetzungen: { berufsziel: "Я хочу знову працювати продавчинею." } },
      {},
    );
    const pdf = await readPdf(await renderer.renderPlan(dokument));
    expect(containsText(pdf.text, "Я хочу знову працювати продавчинею. (Переклад джобцентру)")).toBe(true);
  });
});

describe("Arabic is set right to left", () => {
  it("keeps the order of words, a date and a number when the text is read back", async () => {
    const zeile = "أتقدم كل شهر بطلبات لـ 4 وظائف حتى 30.09.2026 وأحضر القائمة.";
    const dokument = buildPlanDokument(
      { lang: "ar", sprache: "ar", uebersetzungen: { s1: zeile } },
      {
        schritte: [{ id: "s1", text: "Ich bewerbe mich.", haeufigkeit: "", frist: null, nachweis: "" }],
        naechsterTermin: { datum: "2026-12-03", uhrzeit: "10:30", ort: "" },
      },
    );
    const pdf = await readPdf(await renderer.renderPlan(dokument));
    expect(pdf.seiten).toBe(1);
    expect(pdf.text).toContain(zeile);
    expect(pdf.text).toContain("سنراجع الخطة في موعد أقصاه 01.01.2027.");
    expect(pdf.text).toContain("موعدنا القادم: 03.12.2026, الساعة 10:30");
    expect(pdf.text).toContain("خطواتي القادمة");
  });
});
