import { ensureSpace } from "./ensureSpace";
import type { PlanAbschnitt } from "./planAbschnitt";
import type { PlanKontext } from "./planKontext";
import { FARBE } from "./planTypografie";
import { writeList } from "./writeList";
import { writeParagraph } from "./writeParagraph";

/** One rubric as `Sect` › `H2` + paragraphs/lists; an empty rubric keeps its heading and says so. */
export function writeSection(
  ctx: PlanKontext,
  parent: PDFKit.PDFStructureElement,
  abschnitt: PlanAbschnitt,
): void {
  const { pdf, typo } = ctx;
  pdf.y += typo.abschnitt;
  ensureSpace(ctx, typo.ueberschrift * 1.4 + typo.text * 2.8);
  const sect = pdf.struct("Sect");
  parent.add(sect);
  writeParagraph(
    ctx,
    sect,
    abschnitt.ueberschrift,
    { groesse: typo.ueberschrift, farbe: FARBE.akzent, fett: true },
    { rolle: "H2" },
  );
  pdf.y += typo.absatz;
  if (abschnitt.bloecke.length === 0) {
    writeParagraph(ctx, sect, ctx.texte.keineAngaben, { groesse: typo.text, farbe: FARBE.leise });
  }
  abschnitt.bloecke.forEach((block, index) => {
    if (index > 0) pdf.y += typo.absatz;
    if (block.art === "liste") writeList(ctx, sect, block.punkte);
    else {
      writeParagraph(ctx, sect, block.text, { groesse: typo.text, farbe: FARBE.text }, { lang: block.lang });
      if (block.hinweis)
        writeParagraph(ctx, sect, `(${block.hinweis})`, { groesse: typo.klein, farbe: FARBE.leise });
    }
  });
  sect.end();
}
