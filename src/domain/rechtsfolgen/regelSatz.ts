import { type Regel } from "./regel";

/**
 * The rules every legal consequence passes through, in this order: prerequisites, deadline, conciliation,
 * hardship, start, cap, housing costs, counselling for under-25s, ending on compliance.
 * Each period of law (`buergergeld2023`, `grundsicherungsgeld2026`, `arbeitsverweigerung`) fills one per event.
 */
export interface RegelSatz {
  belehrung: Regel;
  wichtigerGrund: Regel;
  feststellungsfrist: Regel;
  /** `null`: no Schlichtungsverfahren in this period. */
  schlichtung: Regel | null;
  haerte: Regel;
  beginn: Regel;
  kappung: Regel;
  kdu: Regel;
  u25: Regel;
  aufhebung: Regel;
}
