import type { BudgetFehlerCode } from "../../domain/angebote/budgetFehler";

/** German texts of the budget an agreed plan commits, in the editor and the offer list. */
export const budget = {
  nachDiesemPlan: (euro: string) => `Verbleibendes Budget nach diesem Plan: ${euro} €`,
  unbekannt: "Wie viel Budget nach diesem Plan bleibt, wissen wir nicht (kein Budget eingetragen).",
  angebot: (titel: string) => `Förderangebot: ${titel}`,
  schaetzung: "Geschätzte Kosten für diese Person in Euro",
  schaetzungHilfe: (euro: string | null) =>
    euro === null
      ? "Das Angebot hat keine üblichen Kosten. Tragen Sie eine Schätzung ein, sonst wird kein Budget gebunden."
      : `Leer lassen für die üblichen Kosten von ${euro} €.`,
  gebunden: (euro: string) => `Gebunden durch vereinbarte Pläne: ${euro} €`,
  verbleibend: (euro: string) => `Verbleibendes Budget: ${euro} €`,
} as const;

export const budgetFehler: Record<BudgetFehlerCode, string> = {
  "budget.ueberschritten":
    "Das Budget eines Förderangebots reicht für diesen Plan nicht mehr. Tragen Sie eine niedrigere Schätzung ein, wählen Sie ein anderes Angebot oder fragen Sie Ihre Teamleitung.",
  "plan.beendet": "Dieser Plan ist bereits beendet.",
  "plan.beendigung_datum":
    "Wählen Sie ein Datum, das nicht in der Zukunft und nicht vor der letzten Abstimmung liegt.",
};
