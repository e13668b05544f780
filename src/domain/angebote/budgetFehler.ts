/** Stable error codes of budget commitments and of ending a plan. */
export const BUDGET_FEHLER = {
  /** The agreement would commit more than the offer's remaining budget (ADR: refused, not only warned). */
  "budget.ueberschritten": 409,
  "plan.beendet": 409,
  "plan.beendigung_datum": 422,
} as const;

export type BudgetFehlerCode = keyof typeof BUDGET_FEHLER;
