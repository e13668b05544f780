import type { PlanDokument } from "../../application/ports";
import type { PlanKontext, Spalte } from "./planKontext";
import { FARBE } from "./planTypografie";
import { ltrInsel } from "./rtl/visuelleLaeufe";
import { writeParagraph } from "./writeParagraph";

/** Who the plan is for (left) and the jobcentre with the counsellor's contact (right). */
export function writeKontakt(
  ctx: PlanKontext,
  parent: PDFKit.PDFStructureElement,
  dokument: PlanDokument,
): void {
  const { pdf, typo, spalte, texte } = ctx;
  const oben = pdf.y;
  const schmal: Spalte = { x: spalte.x, breite: spalte.breite * 0.42 };
  const breit: Spalte = { x: spalte.x + spalte.breite * 0.47, breite: spalte.breite * 0.53 };
  // Right to left: the person on the right, the jobcentre on the left.
  const rtl = texte.richtung === "rtl";
  const links: Spalte = rtl ? { x: spalte.x + spalte.breite * 0.58, breite: spalte.breite * 0.42 } : schmal;
  const rechts: Spalte = rtl ? { x: spalte.x, breite: spalte.breite * 0.53 } : breit;
  const fett = { groesse: typo.text, farbe: FARBE.text, fett: true };
  const klein = { groesse: typo.klein, farbe: FARBE.leise };

  writeParagraph(ctx, parent, dokument.person.name, fett, { spalte: links });
  const insel = (text: string) => (rtl ? ltrInsel(text) : text);
  writeParagraph(ctx, parent, `${texte.bgNummer}: ${insel(dokument.person.bgNummer)}`, klein, {
    spalte: links,
  });
  const untenLinks = pdf.y;

  pdf.y = oben;
  writeParagraph(ctx, parent, dokument.jobcenter.name, fett, { spalte: rechts });
  writeParagraph(ctx, parent, dokument.jobcenter.anschrift, klein, { spalte: rechts });
  pdf.y += typo.absatz;
  const { name, telefon, email } = dokument.betreuung;
  writeParagraph(ctx, parent, `${texte.ansprechperson}: ${name}`, klein, { spalte: rechts });
  writeParagraph(ctx, parent, `${texte.telefon}: ${insel(telefon)}`, klein, { spalte: rechts });
  writeParagraph(ctx, parent, `${texte.email}: ${insel(email)}`, klein, { spalte: rechts });
  pdf.y = Math.max(untenLinks, pdf.y);
}
