import type { PlanInhalt } from "../../../domain/kooperationsplan/planInhalt";
import type { AbschnittBlock, PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";
import { eingebettet, unuebersetzt, type Uebersetzer } from "./uebersetzer";

/** "Mein Berufsziel": the goal, then the fields of work the person is looking in. */
export function buildBerufsziel(
  inhalt: PlanInhalt,
  texte: PdfTexte,
  uebersetze: Uebersetzer = unuebersetzt,
): PlanAbschnitt {
  const bloecke: AbschnittBlock[] = [];
  if (inhalt.berufsziel !== "")
    bloecke.push({ art: "absatz", ...uebersetze(inhalt.berufsziel, "berufsziel") });
  if (inhalt.vermittlungsfelder !== "") {
    const felder = uebersetze(inhalt.vermittlungsfelder, "vermittlungsfelder");
    bloecke.push({
      art: "absatz",
      text: texte.vermittlungsfelder(eingebettet(felder, texte)),
      hinweis: felder.hinweis,
    });
  }
  return { ueberschrift: texte.ueberschriften.berufsziel, bloecke };
}
