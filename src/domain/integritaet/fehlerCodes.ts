/** Stable error codes of the integrity rules (issue 9): the agreement date, open placeholders. */
export const INTEGRITAET_FEHLER = {
  "plan.abstimmung_vor_entwurf": 422,
  "plan.abstimmung_zu_alt": 422,
  "plan.rueckdatierung_grund_fehlt": 422,
  "plan.platzhalter_offen": 422,
} as const;

export type IntegritaetFehlerCode = keyof typeof INTEGRITAET_FEHLER;
