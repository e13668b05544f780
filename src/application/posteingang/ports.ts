import type { EingangQuelle, EingangSchluessel } from "../../domain/posteingang/posteingang";
import type { IsoDate } from "../../domain/shared/isoDate";

/**
 * The inbox's data, scoped to the actor: a counsellor's own persons (and own done marks), a team lead's
 * whole jobcentre (each counsellor's marks for their persons). Row-level security enforces the same.
 */
export interface PosteingangRepository {
  /**
   * Candidates on `heute`: portal activity newer than the latest done mark per (person, kind), and dated
   * items up to `bis` with whether they were marked done. `personIds`: only these persons.
   */
  quellen(heute: IsoDate, bis: IsoDate, personIds?: readonly string[]): Promise<EingangQuelle[]>;
  /** Stores the actor's done mark for the item (timestamp from the clock). */
  markiereErledigt(schluessel: EingangSchluessel): Promise<void>;
}
