import { describe, expect, it } from "vitest";
import { renderPlanPdf } from "../renderPlanPdf";
import { pdfTexteDe } from "../pdfTexteDe";
import { buildLangerInhalt } from "./buildLangerInhalt";
import { buildPlanDokument } from "./buildPlanDokument";
import { containsText, readPdf } from "./readPdf";

const UEBERSCHRIFTEN = Object.values(pdfTexteDe.ueberschriften);

describe("renderPlanPdf", () => {
  it("prints every part of a typical plan on exactly one page at 11 pt", async () => {
    const plan = await renderPlanPdf(buildPlanDokument(), pdfTexteDe);
    const { seiten, text } = await readPdf(plan.bytes);
    expect(seiten).toBe(1);
    expect(plan.schriftgroesse).toBe(11);
    expect(text).not.toContain("Seite 1 von");
    for (const erwartet of [
      "Mein Kooperationsplan",
      "Version 2",
      "Jobcenter Musterstadt",
      "Hauptstraße 12, 12345 Musterstadt",
      "Aylin Demir",
      "BG-Nummer: 12345BG0067890",
      "Ihre Ansprechperson: Katrin Hoffmann",
      "Telefon: 0211 555-1234",
      "E-Mail: katrin.hoffmann@jobcenter-ge.de",
      "Vereinbart und übergeben am 01.07.2026 (persönlich)",
      "Wir überprüfen den Plan spätestens am 01.01.2027.",
      "Ich möchte wieder als Verkäuferin im Einzelhandel arbeiten, in Teilzeit mit 25 Stunden pro Woche.",
      "In diesen Bereichen suche ich Arbeit: Einzelhandel, Lebensmittelhandel, Drogeriemarkt",
      "Bis Ende August habe ich aktuelle und vollständige Bewerbungsunterlagen.",
      "Ich bewerbe mich auf Stellen als Verkäuferin in Teilzeit.",
      "Wie oft: 4 Bewerbungen im Monat · Bis: 30.09.2026 · Nachweis: Liste der Bewerbungen",
      "Ich nehme am Bewerbungstraining beim Bildungszentrum Nord teil.",
      "Wie oft: dienstags und donnerstags · Bis: 15.08.2026 · Nachweis: Teilnahmebescheinigung",
      "Ich kläre mit der Kita, ob mein Sohn nachmittags bis 16 Uhr betreut werden kann.",
      "Wie oft: einmal · Bis: 31.07.2026 · Nachweis: kurze Nachricht an Frau Hoffmann",
      "Übernahme der Kosten für Bewerbungsfotos und Bewerbungsmappen (bis 260 € im Jahr)",
      "Vermittlungsvorschläge für passende Stellen in Teilzeit",
      "Die Familienberatung der Stadt hilft bei der Suche nach einer Nachmittagsbetreuung.",
      "Termine passen mir am besten vormittags zwischen 9 und 12 Uhr.",
      "Unser nächster Termin: 20.08.2026, 10:00 Uhr, Jobcenter Musterstadt, Raum 2.14",
      pdfTexteDe.fusszeile,
    ]) {
      expect(containsText(text, erwartet), erwartet).toBe(true);
    }
  });

  it("prints the six BA rubrics in their order", async () => {
    const { text } = await readPdf((await renderPlanPdf(buildPlanDokument(), pdfTexteDe)).bytes);
    const positionen = UEBERSCHRIFTEN.map((u) => text.indexOf(u));
    expect(positionen.every((p) => p >= 0)).toBe(true);
    expect([...positionen].sort((a, b) => a - b)).toEqual(positionen);
  });

  it("keeps all six headings and says '– keine Angaben –' for each empty one", async () => {
    const leer = buildPlanDokument(
      {},
      {
        berufsziel: "",
        vermittlungsfelder: "",
        zwischenziele: [],
        schritte: [],
        unterstuetzung: [],
        andereStellen: [],
        wasSonstNochWichtig: "",
        naechsterTermin: null,
      },
    );
    const { text, seiten } = await readPdf((await renderPlanPdf(leer, pdfTexteDe)).bytes);
    expect(seiten).toBe(1);
    for (const u of UEBERSCHRIFTEN) expect(text).toContain(u);
    expect(text.split("– keine Angaben –")).toHaveLength(7);
  });

  it("marks a draft instead of an agreement date", async () => {
    const entwurf = buildPlanDokument({ abgestimmtAm: null, kanal: null, ueberpruefungAm: null });
    const { text } = await readPdf((await renderPlanPdf(entwurf, pdfTexteDe)).bytes);
    expect(text).toContain("Entwurf – noch nicht vereinbart");
    expect(text).not.toContain("Vereinbart und übergeben");
    expect(text).not.toContain("Wir überprüfen den Plan");
  });

  it.each([
    ["post", "(per Post)"],
    ["digital", "(digital)"],
  ] as const)("names the hand-over channel %s", async (kanal, erwartet) => {
    const { text } = await readPdf((await renderPlanPdf(buildPlanDokument({ kanal }), pdfTexteDe)).bytes);
    expect(text).toContain(`Vereinbart und übergeben am 01.07.2026 ${erwartet}`);
  });

  it("explains the rehabilitation check in plain words", async () => {
    const pruefen = await readPdf(
      (await renderPlanPdf(buildPlanDokument({}, { rehaBedarf: "pruefen" }), pdfTexteDe)).bytes,
    );
    expect(containsText(pruefen.text, pdfTexteDe.rehaBedarf.pruefen)).toBe(true);
    const ja = await readPdf(
      (await renderPlanPdf(buildPlanDokument({}, { rehaBedarf: "ja" }), pdfTexteDe)).bytes,
    );
    expect(containsText(ja.text, pdfTexteDe.rehaBedarf.ja)).toBe(true);
    const nein = await readPdf((await renderPlanPdf(buildPlanDokument(), pdfTexteDe)).bytes);
    expect(nein.text).not.toContain("Rehabilitation");
  });

  it("sets a plan that is too long for 11 pt smaller, still on one page", async () => {
    const dokument = buildPlanDokument({}, buildLangerInhalt(4, 2));
    const plan = await renderPlanPdf(dokument, pdfTexteDe);
    expect(plan.schriftgroesse).toBeLessThan(11);
    expect(plan.schriftgroesse).toBeGreaterThanOrEqual(8);
    expect((await readPdf(plan.bytes)).seiten).toBe(1);
  });

  it("lets a very long plan flow onto more pages at 8 pt without losing any text", async () => {
    const inhalt = buildLangerInhalt(30, 20);
    const plan = await renderPlanPdf(buildPlanDokument({}, inhalt), pdfTexteDe);
    const { seiten, text, ungetaggt } = await readPdf(plan.bytes);
    expect(ungetaggt).toBe(0);
    expect(plan.schriftgroesse).toBe(8);
    expect(seiten).toBeGreaterThan(1);
    expect(plan.seiten).toBe(seiten);
    expect(text).toContain(`Seite 1 von ${seiten}`);
    expect(text).toContain(`Seite ${seiten} von ${seiten}`);
    const alle = [
      ...(inhalt.zwischenziele ?? []),
      ...(inhalt.schritte ?? []),
      ...(inhalt.unterstuetzung ?? []),
      ...(inhalt.andereStellen ?? []),
    ];
    for (const eintrag of alle) expect(containsText(text, eintrag.text), eintrag.text).toBe(true);
    for (let i = 1; i <= 30; i++) {
      expect(
        containsText(text, `Wie oft: Häufigkeit ${i} · Bis: 31.12.2026 · Nachweis: Nachweis Nummer ${i}`),
      ).toBe(true);
    }
    expect(containsText(text, inhalt.wasSonstNochWichtig ?? "")).toBe(true);
    expect(containsText(text, pdfTexteDe.fusszeile)).toBe(true);
  });
});
