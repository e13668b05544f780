import type { Angebot } from "../../domain/angebote/angebot";

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
