import type { PlanKontext, Spalte } from "./planKontext";
import { keepTogether } from "./keepTogether";
import { applyTextStil, type TextStil } from "./textStil";

export interface AbsatzOptionen {
  spalte?: Spalte;
  /** Structure type, `P` unless a heading is written. */
  rolle?: "P" | "H1" | "H2";
  ausrichtung?: "left" | "right";
}

/** Writes one tagged paragraph at the current y and adds it to `parent` (which must be attached). */
export function writeParagraph(
  ctx: PlanKontext,
  parent: PDFKit.PDFStructureElement,
  text: string,
  stil: TextStil,
  optionen: AbsatzOptionen = {},
): void {
  const { x, breite } = optionen.spalte ?? ctx.spalte;
  const rolle = optionen.rolle ?? "P";
  parent.add(
    ctx.pdf.struct(rolle, {}, () => {
      applyTextStil(ctx, stil);
      ctx.pdf.text(keepTogether(text), x, ctx.pdf.y, {
        width: breite,
        lineGap: ctx.typo.zeilenabstand,
        align: optionen.ausrichtung ?? "left",
      });
    }),
  );
}
