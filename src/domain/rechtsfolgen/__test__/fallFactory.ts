import { type RechtsfolgenFallInput } from "../rechtsfolgenFall";

let zaehler = 0;

/** A valid case (first Pflichtverletzung under Bürgergeld law) with `overrides`; each gets a fresh id. */
export function buildFall(overrides: Partial<RechtsfolgenFallInput> = {}): RechtsfolgenFallInput {
  zaehler += 1;
  return {
    id: `fall-${zaehler}`,
    event: "pflichtverletzung",
    date: "2025-03-10",
    rechtsfolgenbelehrung: true,
    wichtigerGrund: false,
    haerte: false,
    schlichtungLaeuft: false,
    feststellung: "2025-04-15",
    alterUnter25: false,
    vorherige: [],
    erfuellt: null,
    ...overrides,
  };
}
