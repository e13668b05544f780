import type { Eintrag, Schritt } from "../kooperationsplan/planInhalt";

const isSchritt = (e: Eintrag): e is Schritt => "haeufigkeit" in e || "frist" in e;

/**
 * The text the coder reads for an entry. For a step, "Wie oft?" and "Bis wann?" belong to the step:
 * "Ich gehe zur Hausärztin." with a deadline is as concrete as "… bis zum 15.01.2027". The proof is
 * left out (its words, e.g. "Liste der Bewerbungen", would pull the area).
 */
export function codierText(eintrag: Eintrag): string {
  if (!isSchritt(eintrag)) return eintrag.text;
  const teile = [eintrag.text];
  if (eintrag.haeufigkeit?.trim()) teile.push(eintrag.haeufigkeit.trim());
  if (eintrag.frist) teile.push(`bis ${eintrag.frist.split("-").reverse().join(".")}`);
  return teile.join(" ");
}
