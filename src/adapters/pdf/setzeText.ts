import { keepTogether } from "./keepTogether";
import type { PlanKontext, Spalte } from "./planKontext";
import { heightOfRtlText, writeRtlText } from "./rtl/writeRtlText";
import { applyTextStil, type TextStil } from "./textStil";

export interface SetzOptionen {
  /** Language of this text when it differs from the document's (German free text): set left to right. */
  lang?: string;
  /** "right" puts right-to-left text at the left edge (the mirror image). */
  ausrichtung?: "left" | "right";
}

/** Sets text from the current y into `spalte`, left to right or, in an Arabic plan, right to left. */
export function setzeText(
  ctx: PlanKontext,
  text: string,
  stil: TextStil,
  spalte: Spalte,
  optionen: SetzOptionen = {},
): void {
  applyTextStil(ctx, stil);
  if (ctx.texte.richtung === "rtl" && !optionen.lang) {
    const ausrichtung = optionen.ausrichtung === "right" ? "ende" : "anfang";
    writeRtlText(ctx, keepTogether(text), spalte.x, spalte.breite, ausrichtung);
    return;
  }
  ctx.pdf.text(keepTogether(text), spalte.x, ctx.pdf.y, {
    width: spalte.breite,
    lineGap: ctx.typo.zeilenabstand,
    align: optionen.ausrichtung ?? "left",
  });
}

/** Height of `text` in `spalte` with `stil`, as `setzeText` would set it. */
export function heightOfText(ctx: PlanKontext, text: string, stil: TextStil, breite: number): number {
  applyTextStil(ctx, stil);
  if (ctx.texte.richtung === "rtl") return heightOfRtlText(ctx, keepTogether(text), breite);
  return ctx.pdf.heightOfString(keepTogether(text), { width: breite, lineGap: ctx.typo.zeilenabstand });
}
