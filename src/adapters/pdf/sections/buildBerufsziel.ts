import type { PlanInhalt } from "../../../domain/kooperationsplan/planInhalt";
import type { AbschnittBlock, PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";

/** "Mein Berufsziel": the goal, then the fields of work the person is looking in. */
export function buildBerufsziel(inhalt: PlanInhalt, texte: PdfTexte): PlanAbschnitt {
  const bloecke: AbschnittBlock[] = [];
  if (inhalt.berufsziel !== "") bloecke.push({ art: "absatz", text: inhalt.berufsziel });
  if (inhalt.vermittlungsfelder !== "") {
    bloecke.push({ art: "absatz", text: texte.vermittlungsfelder(inhalt.vermittlungsfelder) });
  }
  return { ueberschrift: texte.ueberschriften.berufsziel, bloecke };
}
