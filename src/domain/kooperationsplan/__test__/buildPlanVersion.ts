import { PlanInhaltSchema, type PlanInhaltInput } from "../planInhalt";
import type { PlanVersion } from "../planVersion";

/** A draft version with a goal and one step, for unit tests. */
export function buildPlanVersion(
  overrides: Partial<PlanVersion> = {},
  inhalt: PlanInhaltInput = {},
): PlanVersion {
  return {
    id: "v1",
    planId: "p1",
    nummer: 1,
    status: "entwurf",
    inhalt: PlanInhaltSchema.parse({
      berufsziel: "Ich arbeite als Koch.",
      schritte: [{ id: "s1", text: "Ich bewerbe mich bei 3 Restaurants.", haeufigkeit: "jede Woche" }],
      ...inhalt,
    }),
    abstimmung: null,
    rechtsstand: "2026-07",
    lockVersion: 3,
    erstelltAm: "2026-11-01T10:00:00.000Z",
    geaendertAm: "2026-11-01T10:00:00.000Z",
    ...overrides,
  };
}
