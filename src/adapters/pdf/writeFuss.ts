import { drawRule } from "./drawRule";
import { heightOfText } from "./setzeText";
import type { PlanKontext } from "./planKontext";
import { FARBE } from "./planTypografie";
import { writeParagraph } from "./writeParagraph";

/** The closing note, set at the foot of the last page when there is room, else right after the content. */
export function writeFuss(ctx: PlanKontext, parent: PDFKit.PDFStructureElement): void {
  const { pdf, typo, spalte, texte } = ctx;
  const abstand = typo.absatz * 1.5;
  const stil = { groesse: typo.fuss, farbe: FARBE.leise };
  const hoehe = heightOfText(ctx, texte.fusszeile, stil, spalte.breite);
  const frueheste = pdf.y + typo.abschnitt * 1.5;
  if (frueheste + abstand + hoehe > ctx.unten) pdf.addPage();
  const linie = Math.max(pdf.y, ctx.unten - hoehe - abstand);
  drawRule(ctx, linie, FARBE.linie);
  pdf.y = linie + abstand;
  writeParagraph(ctx, parent, texte.fusszeile, stil);
}
