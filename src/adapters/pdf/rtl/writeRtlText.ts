import type { PlanKontext } from "../planKontext";
import { umbrechen } from "./umbrechen";
import { ohneSteuerzeichen, visuelleLaeufe } from "./visuelleLaeufe";

/**
 * Sets right-to-left text from the current y: broken into lines first, then each line reordered
 * for display (`visuelleLaeufe`) and aligned to the right edge (or the left with `ausrichtung`
 * "ende"). Uses the current font, size and colour; continues on a new page when the frame is full.
 */
export function writeRtlText(
  ctx: PlanKontext,
  text: string,
  x: number,
  breite: number,
  ausrichtung: "anfang" | "ende" = "anfang",
): void {
  const { pdf } = ctx;
  const zeilenhoehe = pdf.currentLineHeight(true) + ctx.typo.zeilenabstand;
  for (const zeile of umbrechen(text, breite, (s) => pdf.widthOfString(ohneSteuerzeichen(s)))) {
    if (pdf.y + zeilenhoehe > ctx.unten) {
      pdf.continueOnNewPage();
      pdf.y = pdf.page.margins.top;
    }
    const laeufe = visuelleLaeufe(zeile);
    const gesamt = laeufe.reduce((summe, lauf) => summe + pdf.widthOfString(lauf), 0);
    let links = ausrichtung === "anfang" ? x + breite - gesamt : x;
    const y = pdf.y;
    for (const lauf of laeufe) {
      pdf.text(lauf, links, y, { lineBreak: false });
      links += pdf.widthOfString(lauf);
    }
    pdf.y = y + zeilenhoehe;
  }
}

/** Height of `text` set right-to-left in `breite` with the current font and size. */
export function heightOfRtlText(ctx: PlanKontext, text: string, breite: number): number {
  const { pdf } = ctx;
  const zeilen = umbrechen(text, breite, (s) => pdf.widthOfString(ohneSteuerzeichen(s))).length;
  return zeilen * (pdf.currentLineHeight(true) + ctx.typo.zeilenabstand);
}
