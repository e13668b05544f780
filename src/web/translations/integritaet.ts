import type { IntegritaetFehlerCode } from "../../domain/integritaet/fehlerCodes";

/** German error messages of the integrity rules (issue 9). */
export const integritaetFehler: Record<IntegritaetFehlerCode, string> = {
  "plan.abstimmung_vor_entwurf":
    "Das Datum der Abstimmung darf nicht vor dem Tag liegen, an dem der Entwurf angelegt wurde.",
  "plan.abstimmung_zu_alt":
    "Das Datum der Abstimmung liegt zu weit zurück. Tragen Sie den Tag ein, an dem Sie den Plan wirklich vereinbart haben; eine Nachtragung ist nur für die letzten Tage möglich.",
  "plan.rueckdatierung_grund_fehlt":
    "Geben Sie an, warum Sie die Abstimmung erst heute eintragen. Der Grund steht im Verlauf des Plans.",
};

/** German texts of the integrity rules: late agreement. */
export const integritaet = {
  rueckdatierungGrund: "Grund für die Nachtragung",
  rueckdatierungHilfe: (tage: number) =>
    `Nur nötig, wenn der Plan an einem früheren Tag vereinbart wurde (höchstens ${tage} Tage zurück). Der Grund steht im Verlauf.`,
  rueckdatiert: (grund: string) => `nachgetragen, Grund: ${grund}`,
} as const;
