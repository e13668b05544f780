import type { PlanDokument } from "../../../application/ports";
import { uebersetzeEintrag } from "../../../domain/portal/uebersetzeEintrag";
import type { PdfTexte } from "../pdfTexte";
import type { PlanText } from "../planAbschnitt";
import { ltrInsel } from "../rtl/visuelleLaeufe";

/** A plan entry in the document language; `id` finds the jobcentre's own translation. */
export type Uebersetzer = (text: string, id?: string) => PlanText;

export const unuebersetzt: Uebersetzer = (text) => ({ text });

/** A translated value inside a sentence; German inside right-to-left text stays a left-to-right island. */
export function eingebettet(wert: PlanText, texte: PdfTexte): string {
  return wert.lang && texte.richtung === "rtl" ? ltrInsel(wert.text) : wert.text;
}

/**
 * Entries in the document's language: the jobcentre's translation (marked as such), else the
 * catalogue's, else the German text, tagged `de-DE` and marked "Nur auf Deutsch".
 */
export function uebersetzerFor(dokument: PlanDokument, texte: PdfTexte): Uebersetzer {
  const sprache = dokument.sprache ?? "de";
  if (sprache === "de") return unuebersetzt;
  return (text, id) => {
    const vomJobcenter = id === undefined ? undefined : dokument.uebersetzungen?.[id];
    if (vomJobcenter) return { text: vomJobcenter, hinweis: texte.jobcenterUebersetzung };
    const ausKatalog = uebersetzeEintrag(text, sprache);
    if (ausKatalog) return { text: ausKatalog };
    return sprache === "de-LS" ? { text } : { text, lang: "de-DE", hinweis: texte.nurDeutsch };
  };
}
