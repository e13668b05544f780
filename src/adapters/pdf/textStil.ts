import type { PlanKontext } from "./planKontext";
import { SCHRIFT } from "./planFonts";

export interface TextStil {
  groesse: number;
  farbe: string;
  fett?: boolean;
}

/** Sets font, size and colour for the next text call. */
export function applyTextStil(ctx: PlanKontext, stil: TextStil): void {
  ctx.pdf
    .font(stil.fett ? SCHRIFT.fett : SCHRIFT.normal)
    .fontSize(stil.groesse)
    .fillColor(stil.farbe);
}
