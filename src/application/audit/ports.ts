import type { AuditFilter } from "../../domain/audit/auditFilter";
import type { AuditCursor } from "../../domain/audit/auditSeite";
import type { AuditEintrag, Rolle } from "../ports";

/** One audit row as stored, with the name of the member of staff who acted. */
export interface AuditZeile extends AuditEintrag {
  id: string;
  /** Exact time (ISO 8601, UTC, microseconds): also the page position. */
  at: string;
  akteurId: string | null;
  akteurName: string | null;
  akteurRolle: string | null;
}

export interface AuditSeite {
  eintraege: AuditZeile[];
  /** Where the next page starts; null on the last page. */
  naechste: AuditCursor | null;
}

export interface Akteur {
  id: string;
  name: string;
  rolle: Rolle;
}

/** The read side of the audit log (row-level security: team lead per person, data-protection officer all). */
export interface AuditProtokollRepository {
  /** Newest first in the stable order (at, id), `limit` rows after `nach`. */
  list(filter: Omit<AuditFilter, "nach">, nach: AuditCursor | null, limit: number): Promise<AuditSeite>;
  /**
   * The person a route parameter points at (`personId`, `planId`, `briefId`, ...), if it resolves in the
   * actor's own jobcentre, whether or not the actor may see that person.
   */
  zielPerson(ziel: string, id: string): Promise<string | null>;
  /** The jobcentre's staff, for the filter. */
  akteure(): Promise<Akteur[]>;
}
