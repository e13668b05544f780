import type { PlanDokument } from "../../application/ports";
import { drawRule } from "./drawRule";
import type { PlanKontext } from "./planKontext";
import { FARBE } from "./planTypografie";
import { writeParagraph } from "./writeParagraph";

/** "Mein Kooperationsplan" as H1, the version number right-aligned on the same line, a line below. */
export function writeTitel(
  ctx: PlanKontext,
  parent: PDFKit.PDFStructureElement,
  dokument: PlanDokument,
): void {
  const { pdf, typo, spalte } = ctx;
  const oben = pdf.y;
  writeParagraph(
    ctx,
    parent,
    ctx.texte.titel,
    { groesse: typo.titel, farbe: FARBE.akzent, fett: true },
    { rolle: "H1" },
  );
  const unten = pdf.y;
  // Same baseline as the title: DejaVu's ascent is about 0.93 em.
  pdf.y = oben + (typo.titel - typo.text) * 0.93;
  writeParagraph(
    ctx,
    parent,
    ctx.texte.version(dokument.versionNummer),
    { groesse: typo.text, farbe: FARBE.leise },
    { spalte, ausrichtung: "right" },
  );
  pdf.y = Math.max(unten, pdf.y) + typo.absatz;
  drawRule(ctx, pdf.y, FARBE.akzent, 1.2);
  pdf.y += typo.absatz * 2.5;
}
