import { describe, expect, it } from "vitest";
import { renderPlanPdf } from "../renderPlanPdf";
import { pdfTexteDe } from "../pdfTexteDe";
import { buildLangerInhalt } from "./buildLangerInhalt";
import { buildPlanDokument } from "./buildPlanDokument";
import { readPdf } from "./readPdf";

/** § 15 SGB II (2023): the plan is not signed and carries no Rechtsfolgenbelehrung (RULES.md F-2, invariant 3). */
describe("legal requirements of the plan PDF", () => {
  const dokumente = {
    typisch: buildPlanDokument(),
    entwurf: buildPlanDokument({ abgestimmtAm: null, kanal: null, ueberpruefungAm: null }),
    lang: buildPlanDokument({}, buildLangerInhalt(30, 20)),
  };

  it.each(Object.entries(dokumente))("has no Rechtsfolgenbelehrung (%s)", async (_, dokument) => {
    const { text } = await readPdf((await renderPlanPdf(dokument, pdfTexteDe)).bytes);
    expect(text.toLowerCase()).not.toContain("rechtsfolge");
  });

  it.each(Object.entries(dokumente))("has no signature field (%s)", async (_, dokument) => {
    const { text, info, roh } = await readPdf((await renderPlanPdf(dokument, pdfTexteDe)).bytes);
    // The only mention is the footer saying that the plan needs no signature.
    expect(text.match(/unterschrift/gi)).toHaveLength(1);
    expect(text).toContain("Dieser Plan braucht keine Unterschrift");
    expect(text).not.toMatch(/Unterschrift\s*:|_{5,}|\.{8,}/);
    expect(info.IsAcroFormPresent).toBe(false);
    expect(info.IsSignaturesPresent).toBe(false);
    expect(roh).not.toMatch(/\/AcroForm|\/FT \/Sig/);
  });

  it("says that the plan is no Bescheid", async () => {
    const { text } = await readPdf((await renderPlanPdf(dokumente.typisch, pdfTexteDe)).bytes);
    expect(text).toContain("kein Bescheid");
  });
});
