import type { PlanInhalt, Schritt } from "../../../domain/kooperationsplan/planInhalt";
import type { PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";
import { eingebettet, unuebersetzt, type Uebersetzer } from "./uebersetzer";

/** "Wie oft: … · Bis: … · Nachweis: …" with only the parts that are set; null when none is. */
export function describeSchritt(
  schritt: Schritt,
  texte: PdfTexte,
  uebersetze: Uebersetzer = unuebersetzt,
): string | null {
  const teile: string[] = [];
  const wert = (text: string) => eingebettet(uebersetze(text), texte);
  if (schritt.haeufigkeit !== "") teile.push(`${texte.wieOft}: ${wert(schritt.haeufigkeit)}`);
  if (schritt.frist !== null) teile.push(`${texte.bis}: ${texte.datum(schritt.frist)}`);
  if (schritt.nachweis !== "") teile.push(`${texte.nachweis}: ${wert(schritt.nachweis)}`);
  return teile.length === 0 ? null : teile.join(" · ");
}

/** "Meine nächsten Schritte": each step with how often, by when and how it is shown. */
export function buildSchritte(
  inhalt: PlanInhalt,
  texte: PdfTexte,
  uebersetze: Uebersetzer = unuebersetzt,
): PlanAbschnitt {
  const punkte = inhalt.schritte.map((s) => ({
    ...uebersetze(s.text, s.id),
    detail: describeSchritt(s, texte, uebersetze),
  }));
  return {
    ueberschrift: texte.ueberschriften.schritte,
    bloecke: punkte.length === 0 ? [] : [{ art: "liste", punkte }],
  };
}
