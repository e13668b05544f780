import type { PlanKontext } from "./planKontext";

/**
 * Starts a new page when less than `hoehe` is left, so a heading is never the last line of a page.
 * Only call this between structure elements, never while content is being marked.
 */
export function ensureSpace(ctx: PlanKontext, hoehe: number): void {
  if (ctx.pdf.y + hoehe > ctx.unten) ctx.pdf.addPage();
}
