import type { PlanDokument } from "../../application/ports";
import type { PlanKontext, Spalte } from "./planKontext";
import { FARBE } from "./planTypografie";
import { writeParagraph } from "./writeParagraph";

/** Who the plan is for (left) and the jobcentre with the counsellor's contact (right). */
export function writeKontakt(
  ctx: PlanKontext,
  parent: PDFKit.PDFStructureElement,
  dokument: PlanDokument,
): void {
  const { pdf, typo, spalte, texte } = ctx;
  const oben = pdf.y;
  const links: Spalte = { x: spalte.x, breite: spalte.breite * 0.42 };
  const rechts: Spalte = { x: spalte.x + spalte.breite * 0.47, breite: spalte.breite * 0.53 };
  const fett = { groesse: typo.text, farbe: FARBE.text, fett: true };
  const klein = { groesse: typo.klein, farbe: FARBE.leise };

  writeParagraph(ctx, parent, dokument.person.name, fett, { spalte: links });
  writeParagraph(ctx, parent, `${texte.bgNummer}: ${dokument.person.bgNummer}`, klein, { spalte: links });
  const untenLinks = pdf.y;

  pdf.y = oben;
  writeParagraph(ctx, parent, dokument.jobcenter.name, fett, { spalte: rechts });
  writeParagraph(ctx, parent, dokument.jobcenter.anschrift, klein, { spalte: rechts });
  pdf.y += typo.absatz;
  const { name, telefon, email } = dokument.betreuung;
  writeParagraph(ctx, parent, `${texte.ansprechperson}: ${name}`, klein, { spalte: rechts });
  writeParagraph(ctx, parent, `${texte.telefon}: ${telefon}`, klein, { spalte: rechts });
  writeParagraph(ctx, parent, `${texte.email}: ${email}`, klein, { spalte: rechts });
  pdf.y = Math.max(untenLinks, pdf.y);
}
