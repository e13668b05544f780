import type { IntegritaetFehlerCode } from "../../domain/integritaet/fehlerCodes";

/** German error messages of the integrity rules (issue 9). */
export const integritaetFehler: Record<IntegritaetFehlerCode, string> = {
  "plan.abstimmung_vor_entwurf":
    "Das Datum der Abstimmung darf nicht vor dem Tag liegen, an dem der Entwurf angelegt wurde.",
  "plan.abstimmung_zu_alt":
    "Das Datum der Abstimmung liegt zu weit zurück. Tragen Sie den Tag ein, an dem Sie den Plan wirklich vereinbart haben; eine Nachtragung ist nur für die letzten Tage möglich.",
  "plan.rueckdatierung_grund_fehlt":
    "Geben Sie an, warum Sie die Abstimmung erst heute eintragen. Der Grund steht im Verlauf des Plans.",
  "plan.platzhalter_offen":
    "Ein Eintrag enthält noch einen Platzhalter in geschweiften Klammern, z. B. {datum}. Ersetzen Sie ihn durch die echte Angabe. Erst dann kann der Plan vereinbart werden.",
};

/** German texts of the integrity rules: late agreement, open placeholders. */
export const integritaet = {
  platzhalterErgaenzen: (platzhalter: readonly string[]) => `Ergänzen Sie: ${platzhalter.join(", ")}`,
  platzhalterFeld: (eintrag: string, platzhalter: readonly string[]) =>
    `${eintrag}: Ersetzen Sie ${platzhalter.join(", ")} durch die echte Angabe.`,
  platzhalterTitel: "Noch zu ergänzen",
  platzhalterHinweis:
    "Diese Einträge enthalten noch Platzhalter aus einer Vorlage. Ergänzen Sie sie im Entwurf, erst dann kann der Plan vereinbart werden.",
  platzhalterBearbeiten: "Im Entwurf ergänzen",
  eintrag: {
    zwischenziele: "Zwischenziel",
    schritte: "Schritt",
    unterstuetzung: "Unterstützung",
    andereStellen: "Andere Stelle",
  },
  rueckdatierungGrund: "Grund für die Nachtragung",
  rueckdatierungHilfe: (tage: number) =>
    `Nur nötig, wenn der Plan an einem früheren Tag vereinbart wurde (höchstens ${tage} Tage zurück). Der Grund steht im Verlauf.`,
  rueckdatiert: (grund: string) => `nachgetragen, Grund: ${grund}`,
} as const;
