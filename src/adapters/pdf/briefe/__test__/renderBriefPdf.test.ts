import { describe, expect, it } from "vitest";
import { belehrung, belehrungText } from "../../../../domain/verbindlichkeit/belehrung";
import { REGEL_DEFAULTS } from "../../../../domain/rechtsfolgen/regelDefaults";
import { buildPlanDokument } from "../../__test__/buildPlanDokument";
import { containsText, readPdf } from "../../__test__/readPdf";
import { pdfTexteDe } from "../../pdfTexteDe";
import { renderPlanPdf } from "../../renderPlanPdf";
import { renderBriefPdf } from "../renderBriefPdf";
import { buildBriefDokument } from "./buildBriefDokument";

const aufforderung = buildBriefDokument();
const verpflichtung = buildBriefDokument({
  art: "verpflichtung",
  rechtsstand: "2026-07",
  datum: "2026-11-20",
  frist: "2026-12-15",
  rechtsfolgenText: belehrungText(belehrung("2026-07", REGEL_DEFAULTS)),
});
const einladung = buildBriefDokument({
  art: "einladung",
  planVersionId: null,
  schrittId: null,
  schrittText: "",
  frist: "2026-05-20",
  mitRechtsfolgenbelehrung: false,
  ersteEinladung: true,
  rechtsfolgenText: "",
  terminOrt: "Jobcenter Musterstadt, Raum 2.14",
});

describe("letters as tagged PDF/UA", () => {
  it.each([
    ["Aufforderung", aufforderung],
    ["Verpflichtung", verpflichtung],
    ["Einladung", einladung],
  ])("%s: tagged, de-DE, embedded font, title, nothing untagged", async (_, dokument) => {
    const pdf = await readPdf(await renderBriefPdf(dokument));
    expect(pdf.marked).toBe(true);
    expect(pdf.rollen).toEqual(expect.arrayContaining(["Document", "H1", "H2", "P", "Sect"]));
    expect(pdf.roh).toContain("/Lang (de-DE)");
    expect(pdf.roh).toContain("/FontFile2");
    expect(pdf.roh).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(pdf.roh).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(pdf.roh).toContain("<pdfuaid:part>1</pdfuaid:part>");
    expect(String(pdf.info.Title)).toContain("Aylin Demir");
    expect(pdf.ungetaggt).toBe(0);
    expect(containsText(pdf.text, "Widerspruch")).toBe(true);
    expect(containsText(pdf.text, "innerhalb eines Monats")).toBe(true);
    expect(containsText(pdf.text, "Hauptstraße 1, 12345 Musterstadt")).toBe(true);
  });

  it("the Aufforderung names the step, deadline, proof, plan version and the Rechtsfolgenbelehrung with norms", async () => {
    const { text, rollen } = await readPdf(await renderBriefPdf(aufforderung));
    for (const teil of [
      "Aufforderung mit Rechtsfolgenbelehrung",
      "Ich bewerbe mich auf Stellen als Verkäuferin in Teilzeit.",
      "31.05.2026",
      "Liste der Bewerbungen",
      "Version 2, vereinbart am 02.03.2026",
      "10 % des Regelbedarfs",
      "§ 31a Abs. 4 SGB II",
      "§ 15 Abs. 5 SGB II",
    ])
      expect(containsText(text, teil), teil).toBe(true);
    expect(rollen).toContain("LI");
  });

  it("the Verpflichtung is a Bescheid that takes the plan into account, with the new rules", async () => {
    const { text } = await readPdf(await renderBriefPdf(verpflichtung));
    expect(containsText(text, "Bescheid: Verpflichtung")).toBe(true);
    expect(containsText(text, "§ 15a SGB II")).toBe(true);
    expect(containsText(text, "berücksichtigt")).toBe(true);
    expect(containsText(text, "30 % des Regelbedarfs für 3 Monate")).toBe(true);
    expect(containsText(text, "Rechtsfolgenbelehrung")).toBe(true);
  });

  it("the first invitation under the old law carries no Rechtsfolgenbelehrung", async () => {
    const { text } = await readPdf(await renderBriefPdf(einladung));
    expect(containsText(text, "Raum 2.14")).toBe(true);
    expect(text.toLowerCase()).not.toContain("rechtsfolgenbelehrung");
  });

  it("a plan PDF never contains a Rechtsfolgenbelehrung", async () => {
    const { text } = await readPdf((await renderPlanPdf(buildPlanDokument(), pdfTexteDe)).bytes);
    expect(text.toLowerCase()).not.toContain("rechtsfolgenbelehrung");
  });
});
