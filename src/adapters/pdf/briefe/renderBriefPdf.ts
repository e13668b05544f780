import type { BriefDokument } from "../../../application/rechtsfolgen/ports";
import { formatGermanDate } from "../../../domain/shared/isoDate";
import { SEITENRAND } from "../createPlanPdf";
import { drawRule } from "../drawRule";
import { finishPdf } from "../finishPdf";
import { pdfTexteDe } from "../pdfTexteDe";
import type { PlanKontext, Spalte } from "../planKontext";
import { createTypografie, FARBE } from "../planTypografie";
import { writeParagraph } from "../writeParagraph";
import { writeSection } from "../writeSection";
import { writeSeitenzahlen } from "../writeSeitenzahlen";
import { briefAbschnitte, briefTitel } from "./briefAbschnitte";
import { createBriefPdf } from "./createBriefPdf";

/** Sender (right), recipient (left), date and reference line. */
function writeKopf(ctx: PlanKontext, parent: PDFKit.PDFStructureElement, d: BriefDokument): void {
  const { pdf, typo, spalte } = ctx;
  const oben = pdf.y;
  const links: Spalte = { x: spalte.x, breite: spalte.breite * 0.45 };
  const rechts: Spalte = { x: spalte.x + spalte.breite * 0.55, breite: spalte.breite * 0.45 };
  const fett = { groesse: typo.text, farbe: FARBE.text, fett: true };
  const klein = { groesse: typo.klein, farbe: FARBE.leise };
  writeParagraph(ctx, parent, d.person.name, fett, { spalte: links });
  writeParagraph(ctx, parent, `BG-Nummer: ${d.person.bgNummer}`, klein, { spalte: links });
  const untenLinks = pdf.y;
  pdf.y = oben;
  writeParagraph(ctx, parent, d.jobcenter.name, fett, { spalte: rechts });
  writeParagraph(ctx, parent, d.jobcenter.anschrift, klein, { spalte: rechts });
  writeParagraph(ctx, parent, `Datum: ${formatGermanDate(d.brief.datum)}`, klein, { spalte: rechts });
  pdf.y = Math.max(untenLinks, pdf.y) + typo.abschnitt;
}

/**
 * A letter (Aufforderung, Verpflichtung, Einladung) as tagged PDF/UA on A4 in plain German: the step,
 * deadline, proof, legal consequences with their norms and the remedy. Reuses the plan's fonts,
 * typography and tagged writers.
 */
export async function renderBriefPdf(d: BriefDokument): Promise<Uint8Array> {
  const pdf = createBriefPdf(d);
  const ctx: PlanKontext = {
    pdf,
    typo: createTypografie(10.5),
    texte: pdfTexteDe,
    spalte: { x: SEITENRAND.left, breite: pdf.page.width - SEITENRAND.left - SEITENRAND.right },
    unten: pdf.page.height - SEITENRAND.bottom,
  };
  const wurzel = pdf.struct("Document");
  pdf.addStructure(wurzel);
  writeKopf(ctx, wurzel, d);
  writeParagraph(
    ctx,
    wurzel,
    briefTitel(d),
    { groesse: ctx.typo.titel * 0.8, farbe: FARBE.akzent, fett: true },
    { rolle: "H1" },
  );
  pdf.y += ctx.typo.absatz;
  drawRule(ctx, pdf.y, FARBE.akzent, 1.2);
  for (const abschnitt of briefAbschnitte(d)) writeSection(ctx, wurzel, abschnitt);
  wurzel.end();
  writeSeitenzahlen(ctx);
  return finishPdf(pdf);
}
