import type { FortschreibungFehlerCode } from "../../domain/kooperationsplan/fortschreibungFehler";

/** German texts of deadlines at agreement, the light review (Fortschreibung) and discarding a draft. */
export const fortschreibung = {
  fristen: {
    titel: "Abgelaufene Fristen",
    hinweis:
      "Diese Fristen liegen vor dem Tag der Abstimmung. Verlängern Sie jede Frist oder markieren Sie den Schritt als erledigt. Erst dann kann der Plan vereinbart werden.",
    abgelaufen: (datum: string) => `Frist abgelaufen am ${datum}.`,
    verlaengern: (datum: string) => `Frist verlängern bis ${datum}`,
    erledigt: "Als erledigt markieren",
    alle: "Alle Fristen um 6 Monate verlängern",
    schritt: (n: number) => `Schritt ${n}`,
  },
} as const;

export const fortschreibungFehler: Record<FortschreibungFehlerCode, string> = {
  "plan.frist_abgelaufen":
    "Eine Frist liegt vor dem Tag der Abstimmung. Verlängern Sie die Frist oder markieren Sie den Schritt als erledigt.",
  "plan.nicht_unveraendert":
    "Sie haben Änderungen gewählt. Wählen Sie „Weiter zur Vorschau“, damit die Person die Änderungen sieht.",
  "plan.erster_entwurf":
    "Der erste Entwurf eines Plans kann nicht verworfen werden. Bearbeiten Sie den Entwurf.",
};
