import type { PlanInhalt, Schritt } from "../../../domain/kooperationsplan/planInhalt";
import type { PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";

/** "Wie oft: … · Bis: … · Nachweis: …" with only the parts that are set; null when none is. */
export function describeSchritt(schritt: Schritt, texte: PdfTexte): string | null {
  const teile: string[] = [];
  if (schritt.haeufigkeit !== "") teile.push(`${texte.wieOft}: ${schritt.haeufigkeit}`);
  if (schritt.frist !== null) teile.push(`${texte.bis}: ${texte.datum(schritt.frist)}`);
  if (schritt.nachweis !== "") teile.push(`${texte.nachweis}: ${schritt.nachweis}`);
  return teile.length === 0 ? null : teile.join(" · ");
}

/** "Meine nächsten Schritte": each step with how often, by when and how it is shown. */
export function buildSchritte(inhalt: PlanInhalt, texte: PdfTexte): PlanAbschnitt {
  const punkte = inhalt.schritte.map((s) => ({ text: s.text, detail: describeSchritt(s, texte) }));
  return {
    ueberschrift: texte.ueberschriften.schritte,
    bloecke: punkte.length === 0 ? [] : [{ art: "liste", punkte }],
  };
}
