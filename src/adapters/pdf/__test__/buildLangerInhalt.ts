import type { PlanInhaltInput } from "../../../domain/kooperationsplan/planInhalt";

const satz = (n: number, wer: string) =>
  `${wer} ${n}: Ich kümmere mich zuverlässig um diese Aufgabe, halte die vereinbarten Zeiten ein ` +
  `und melde mich rechtzeitig, wenn etwas dazwischenkommt oder ich Hilfe brauche.`;

/** A plan with `schritte` steps and as many entries elsewhere, every text unique and findable. */
export function buildLangerInhalt(schritte: number, eintraege = schritte): PlanInhaltInput {
  const liste = (wer: string) =>
    Array.from({ length: eintraege }, (_, i) => ({ id: `${wer}${i}`, text: satz(i + 1, wer) }));
  return {
    zwischenziele: liste("Zwischenziel"),
    schritte: Array.from({ length: schritte }, (_, i) => ({
      id: `s${i}`,
      text: satz(i + 1, "Schritt"),
      haeufigkeit: `Häufigkeit ${i + 1}`,
      frist: "2026-12-31",
      nachweis: `Nachweis Nummer ${i + 1}`,
    })),
    unterstuetzung: liste("Angebot"),
    andereStellen: liste("Stelle"),
    wasSonstNochWichtig: satz(0, "Hinweis").repeat(4),
  };
}
