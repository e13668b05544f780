/** Stable error codes of deadlines, the light review (Fortschreibung) and discarding a draft. */
export const FORTSCHREIBUNG_FEHLER = {
  "plan.frist_abgelaufen": 422,
  "plan.nicht_unveraendert": 422,
  "plan.erster_entwurf": 409,
} as const;

export type FortschreibungFehlerCode = keyof typeof FORTSCHREIBUNG_FEHLER;
