import { type Angebot } from "./angebot";

export type BudgetStatus = "verfuegbar" | "knapp" | "ausgeschoepft" | "unbekannt";

/** With a known cost per case: fewer than this many cases left is "knapp". */
export const KNAPP_FAELLE = 3;
/** Without a cost per case: less than this (500 €) left is "knapp". */
export const KNAPP_SCHWELLE_CENT = 50_000;

/**
 * Budget state of an offer: unknown without a remaining budget; exhausted at ≤ 0 or when one case no
 * longer fits; scarce below {@link KNAPP_FAELLE} cases (or {@link KNAPP_SCHWELLE_CENT}); else available.
 */
export function budgetStatus(angebot: Pick<Angebot, "restbudgetCent" | "kostenProFallCent">): BudgetStatus {
  const rest = angebot.restbudgetCent;
  if (rest === null || rest === undefined) return "unbekannt";
  const kosten = angebot.kostenProFallCent ?? null;
  if (rest <= 0 || (kosten !== null && rest < kosten)) return "ausgeschoepft";
  const knapp = kosten !== null ? rest < KNAPP_FAELLE * kosten : rest < KNAPP_SCHWELLE_CENT;
  return knapp ? "knapp" : "verfuegbar";
}

/** Plain German sentence about the budget state, for staff. */
export const BUDGET_TEXT: Record<BudgetStatus, string> = {
  verfuegbar: "Es ist noch genug Geld da.",
  knapp: "Es ist nur noch wenig Geld da. Fragen Sie vorher nach.",
  ausgeschoepft: "Das Geld ist für dieses Jahr aufgebraucht.",
  unbekannt: "Wie viel Geld noch da ist, wissen wir nicht.",
};
