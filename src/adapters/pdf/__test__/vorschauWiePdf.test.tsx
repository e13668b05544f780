import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PlanDokumentView } from "../../../web/components/PlanDokumentView";
import { pdfTexteDe } from "../pdfTexteDe";
import { buildPlanDokument } from "./buildPlanDokument";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const vorschau = (rehaBedarf: "nein" | "pruefen" | "ja") =>
  text(renderToStaticMarkup(<PlanDokumentView dokument={buildPlanDokument({}, { rehaBedarf })} />));

describe("preview of the plan and the PDF (the person reads the same words)", () => {
  it("uses the same rehabilitation sentences and footer as the PDF", () => {
    for (const reha of ["pruefen", "ja"] as const) {
      expect(vorschau(reha)).toContain(pdfTexteDe.rehaBedarf[reha]);
    }
    expect(vorschau("nein")).not.toContain("Rehabilitation");
    expect(vorschau("nein")).toContain(pdfTexteDe.fusszeile.replace(/\u00a0/g, " "));
  });
});
