import type { PlanDokument } from "../../application/ports";
import type { PlanKontext } from "./planKontext";
import { FARBE } from "./planTypografie";
import { heightOfText } from "./setzeText";
import { writeParagraph } from "./writeParagraph";

function describeStatus(ctx: PlanKontext, dokument: PlanDokument): string[] {
  const { texte } = ctx;
  if (dokument.abgestimmtAm === null) return [texte.entwurf];
  const zeilen = [texte.vereinbart(texte.datum(dokument.abgestimmtAm), dokument.kanal)];
  if (dokument.ueberpruefungAm !== null)
    zeilen.push(texte.ueberpruefung(texte.datum(dokument.ueberpruefungAm)));
  return zeilen;
}

/** Agreed and handed over on … / review at the latest on … (or "Entwurf"), on a light band. */
export function writeStatus(
  ctx: PlanKontext,
  parent: PDFKit.PDFStructureElement,
  dokument: PlanDokument,
): void {
  const { pdf, typo, spalte, texte } = ctx;
  const zeilen = describeStatus(ctx, dokument);
  const innen = typo.absatz * 1.5;
  const textSpalte = { x: spalte.x + innen * 1.5, breite: spalte.breite - innen * 3 };
  const hoehe = zeilen.reduce((summe, zeile, index) => {
    const stil = { groesse: typo.text, farbe: FARBE.text, fett: index === 0 };
    return summe + heightOfText(ctx, zeile, stil, textSpalte.breite);
  }, 0);
  const oben = pdf.y;
  pdf.markContent("Artifact", { type: "Layout" });
  pdf
    .save()
    .rect(spalte.x, oben, spalte.breite, hoehe + innen * 2)
    .fill(FARBE.flaeche)
    .restore();
  const kante = texte.richtung === "rtl" ? spalte.x + spalte.breite - 2.5 : spalte.x;
  pdf.rect(kante, oben, 2.5, hoehe + innen * 2).fill(FARBE.akzent);
  pdf.endMarkedContent();
  pdf.y = oben + innen;
  zeilen.forEach((zeile, index) => {
    const stil = { groesse: typo.text, farbe: FARBE.text, fett: index === 0 };
    writeParagraph(ctx, parent, zeile, stil, { spalte: textSpalte });
  });
  pdf.y = oben + hoehe + innen * 2;
}
