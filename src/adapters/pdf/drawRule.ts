import type { PlanKontext, Spalte } from "./planKontext";

/** A decorative horizontal line, marked as an artifact so screen readers skip it. */
export function drawRule(ctx: PlanKontext, y: number, farbe: string, staerke = 0.6, spalte?: Spalte): void {
  const { x, breite } = spalte ?? ctx.spalte;
  ctx.pdf.markContent("Artifact", { type: "Layout" });
  ctx.pdf
    .save()
    .moveTo(x, y)
    .lineTo(x + breite, y)
    .lineWidth(staerke)
    .strokeColor(farbe)
    .stroke()
    .restore();
  ctx.pdf.endMarkedContent();
}
