import type { PlanKontext, Spalte } from "./planKontext";
import { setzeText } from "./setzeText";
import type { TextStil } from "./textStil";

export interface AbsatzOptionen {
  spalte?: Spalte;
  /** Structure type, `P` unless a heading is written. */
  rolle?: "P" | "H1" | "H2";
  ausrichtung?: "left" | "right";
  /** Language of the paragraph when it differs from the document's (German free text). */
  lang?: string;
}

/** Writes one tagged paragraph at the current y and adds it to `parent` (which must be attached). */
export function writeParagraph(
  ctx: PlanKontext,
  parent: PDFKit.PDFStructureElement,
  text: string,
  stil: TextStil,
  optionen: AbsatzOptionen = {},
): void {
  const rolle = optionen.rolle ?? "P";
  const attribute = optionen.lang ? { lang: optionen.lang } : {};
  parent.add(
    ctx.pdf.struct(rolle, attribute, () => {
      setzeText(ctx, text, stil, optionen.spalte ?? ctx.spalte, optionen);
    }),
  );
}
