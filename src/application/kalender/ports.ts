import type { AuditEintrag, Clock } from "../ports";

export type AboArt = "person" | "mitarbeiter";

/** A live subscription found by its token's hash, with the context its feed is read in. */
export interface GefundenesAbo {
  id: string;
  art: AboArt;
  jobcenterId: string;
  personId: string | null;
  mitarbeiterId: string | null;
  /** The person's active portal account (kind 'person'). */
  kontoId: string | null;
}

/** The subscription of the one owner of the context (the person, or the counsellor). */
export interface KalenderAboRepository {
  aktives(): Promise<{ id: string; erstelltAm: string } | null>;
  /** Revokes the live subscription, if any, and adds one with this token hash; returns the new id. */
  erneuere(tokenHash: string, at: Date): Promise<{ id: string; widerrufen: string | null }>;
  /** Revokes the live subscription; its id, or null when there was none. */
  widerrufe(at: Date): Promise<string | null>;
}

export interface KalenderAboDeps {
  abos: KalenderAboRepository;
  audit: { record(e: AuditEintrag): Promise<void> };
  clock: Clock;
  tokens: { token(): string; hash(token: string): string };
  /** The person the subscription is for (kind 'person'), so the audit row names them. */
  personId: string | null;
}
