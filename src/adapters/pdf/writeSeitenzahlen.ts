import type { PlanKontext } from "./planKontext";
import { FARBE } from "./planTypografie";
import { visuelleLaeufe } from "./rtl/visuelleLaeufe";
import { applyTextStil } from "./textStil";

/** "Seite 1 von 2" below the text frame of every page, as a pagination artifact; nothing on a one-page plan. */
export function writeSeitenzahlen(ctx: PlanKontext): void {
  const { pdf, typo, spalte, texte } = ctx;
  const { start, count } = pdf.bufferedPageRange();
  if (count < 2) return;
  for (let index = 0; index < count; index++) {
    pdf.switchToPage(start + index);
    const seite = texte.seite(index + 1, count);
    const zahl = texte.richtung === "rtl" ? visuelleLaeufe(seite).join("") : seite;
    pdf.markContent("Artifact", { type: "Pagination" });
    applyTextStil(ctx, { groesse: typo.fuss, farbe: FARBE.leise });
    // Without `width` pdfkit neither wraps nor starts a new page below the bottom margin.
    const x = texte.richtung === "rtl" ? spalte.x : spalte.x + spalte.breite - pdf.widthOfString(zahl);
    pdf.text(zahl, x, ctx.unten + typo.fuss * 1.5, {
      lineBreak: false,
    });
    pdf.endMarkedContent();
  }
}
