import { ensureSpace } from "./ensureSpace";
import type { ListenPunkt } from "./planAbschnitt";
import type { PlanKontext, Spalte } from "./planKontext";
import { FARBE } from "./planTypografie";
import { setzeText } from "./setzeText";
import { applyTextStil, type TextStil } from "./textStil";

interface Zeile {
  text: string;
  stil: TextStil;
  lang?: string;
}

function zeilenVon(ctx: PlanKontext, punkt: ListenPunkt): Zeile[] {
  const { typo } = ctx;
  const klein = { groesse: typo.klein, farbe: FARBE.leise };
  const zeilen: Zeile[] = [
    { text: punkt.text, stil: { groesse: typo.text, farbe: FARBE.text }, lang: punkt.lang },
  ];
  if (punkt.hinweis) zeilen.push({ text: `(${punkt.hinweis})`, stil: klein });
  if (punkt.detail !== null) zeilen.push({ text: punkt.detail, stil: klein });
  return zeilen;
}

function setzeZeile(ctx: PlanKontext, zeile: Zeile, index: number, spalte: Spalte): void {
  if (index > 0) ctx.pdf.y += ctx.typo.zeilenabstand / 2;
  setzeText(ctx, zeile.text, zeile.stil, spalte, { lang: zeile.lang });
}

function writePunkt(ctx: PlanKontext, li: PDFKit.PDFStructureElement, punkt: ListenPunkt): void {
  const { pdf, typo, spalte } = ctx;
  const rtl = ctx.texte.richtung === "rtl";
  const y = pdf.y;
  const text: Spalte = { x: rtl ? spalte.x : spalte.x + typo.einzug, breite: spalte.breite - typo.einzug };
  const lbl = rtl ? spalte.x + spalte.breite - typo.einzug * 0.6 : spalte.x + typo.einzug * 0.15;
  li.add(
    pdf.struct("Lbl", {}, () => {
      applyTextStil(ctx, { groesse: typo.text, farbe: FARBE.akzent });
      pdf.text("•", lbl, y, { lineBreak: false });
    }),
  );
  pdf.y = y;
  const zeilen = zeilenVon(ctx, punkt);
  if (!punkt.lang) {
    li.add(pdf.struct("LBody", {}, () => zeilen.forEach((z, i) => setzeZeile(ctx, z, i, text))));
    return;
  }
  // German free text in a translated plan: its own span with `/Lang`, the note in the plan's language.
  const body = pdf.struct("LBody");
  li.add(body);
  zeilen.forEach((z, i) =>
    body.add(pdf.struct("Span", z.lang ? { lang: z.lang } : {}, () => setzeZeile(ctx, z, i, text))),
  );
  body.end();
}

/** A tagged bullet list (L › LI › Lbl + LBody); a detail line is set smaller below the item. */
export function writeList(ctx: PlanKontext, parent: PDFKit.PDFStructureElement, punkte: ListenPunkt[]): void {
  const liste = ctx.pdf.struct("L");
  parent.add(liste);
  punkte.forEach((punkt, index) => {
    if (index > 0) ctx.pdf.y += ctx.typo.absatz;
    ensureSpace(ctx, ctx.typo.text * 1.4);
    const li = ctx.pdf.struct("LI");
    liste.add(li);
    writePunkt(ctx, li, punkt);
    li.end();
  });
  liste.end();
}
