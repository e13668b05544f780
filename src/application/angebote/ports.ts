import type { Angebot } from "../../domain/angebote/angebot";
import type { BudgetBindung, NeueBindung } from "../../domain/angebote/budgetStand";
import type { IsoDate } from "../../domain/shared/isoDate";

/** Values of an offer as a team lead enters them (the id is given by the database). */
export type AngebotDaten = Omit<Angebot, "id">;

/** The offer catalogue of the actor's jobcentre (row-level security: team leads write). */
export interface AngebotRepository {
  list(): Promise<Angebot[]>;
  get(id: string): Promise<Angebot | null>;
  create(daten: AngebotDaten): Promise<Angebot>;
  /** False when the offer does not exist or may not be changed by the actor. */
  update(id: string, daten: AngebotDaten): Promise<boolean>;
}

/** Grounds on which a commitment is released. */
export type FreigabeGrund = "ersetzt" | "beendet";

/** Commitments of agreed plans against the offers' budgets (jobcentre-wide reads; RLS: counsellors write). */
export interface BudgetRepository {
  /** The commitments in force (not released) of the jobcentre. */
  aktiveBindungen(): Promise<BudgetBindung[]>;
  /**
   * Serialises concurrent agreements on the same offers until the transaction ends (lock in a fixed
   * order). Call before reading the commitments that decide whether a new one still fits.
   */
  sperren(angebotIds: readonly string[]): Promise<void>;
  binden(planId: string, versionId: string, am: IsoDate, bindungen: readonly NeueBindung[]): Promise<void>;
  /** Releases every commitment in force of the plan; returns how many. */
  freigeben(planId: string, grund: FreigabeGrund): Promise<number>;
}
