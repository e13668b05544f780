import { ensureSpace } from "./ensureSpace";
import { keepTogether } from "./keepTogether";
import type { ListenPunkt } from "./planAbschnitt";
import type { PlanKontext } from "./planKontext";
import { FARBE } from "./planTypografie";
import { applyTextStil } from "./textStil";

function writePunkt(ctx: PlanKontext, li: PDFKit.PDFStructureElement, punkt: ListenPunkt): void {
  const { pdf, typo, spalte } = ctx;
  const y = pdf.y;
  const x = spalte.x + typo.einzug;
  const breite = spalte.breite - typo.einzug;
  li.add(
    pdf.struct("Lbl", {}, () => {
      applyTextStil(ctx, { groesse: typo.text, farbe: FARBE.akzent });
      pdf.text("•", spalte.x + typo.einzug * 0.15, y, { lineBreak: false });
    }),
  );
  li.add(
    pdf.struct("LBody", {}, () => {
      applyTextStil(ctx, { groesse: typo.text, farbe: FARBE.text });
      pdf.text(keepTogether(punkt.text), x, y, { width: breite, lineGap: typo.zeilenabstand });
      if (punkt.detail === null) return;
      applyTextStil(ctx, { groesse: typo.klein, farbe: FARBE.leise });
      pdf.text(keepTogether(punkt.detail), x, pdf.y + typo.zeilenabstand / 2, {
        width: breite,
        lineGap: typo.zeilenabstand,
      });
    }),
  );
}

/** A tagged bullet list (L › LI › Lbl + LBody); a detail line is set smaller below the item. */
export function writeList(ctx: PlanKontext, parent: PDFKit.PDFStructureElement, punkte: ListenPunkt[]): void {
  const liste = ctx.pdf.struct("L");
  parent.add(liste);
  punkte.forEach((punkt, index) => {
    if (index > 0) ctx.pdf.y += ctx.typo.absatz;
    ensureSpace(ctx, ctx.typo.text * 1.4);
    const li = ctx.pdf.struct("LI");
    liste.add(li);
    writePunkt(ctx, li, punkt);
    li.end();
  });
  liste.end();
}
