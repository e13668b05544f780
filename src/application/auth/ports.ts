import type { SchutzStand } from "../../domain/anmeldung/anmeldeschutz";
import type { Actor, Rolle } from "../ports";

export interface LoginKonto {
  id: string;
  jobcenterId: string;
  rolle: Rolle;
  passwortHash: string;
  aktiv: boolean;
  /** A demo account (published password): logs in only while demo data is on (ADR 0021). */
  demo: boolean;
}

export interface Sitzung {
  actor: Actor;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  /** The session of a demo account (valid only while demo data is on). */
  demo: boolean;
}

/** Server-side sessions in the database; only a hash of the session token is stored. */
export interface SitzungStore {
  findKonto(benutzername: string): Promise<LoginKonto | null>;
  create(konto: LoginKonto, tokenHash: string, csrfToken: string, now: Date, expiresAt: Date): Promise<void>;
  find(tokenHash: string): Promise<Sitzung | null>;
  touch(actor: Actor, tokenHash: string, at: Date): Promise<void>;
  delete(actor: Actor, tokenHash: string): Promise<void>;
  /**
   * Audits a failed login for the account it names (no password, no address). With `null` (unknown user
   * name) nothing is written, but the same round trip is made, so both cases take the same time.
   */
  recordFehlversuch(kontoId: string | null, grund: "passwort" | "inaktiv" | "demo", at: Date): Promise<void>;
}

export type SchutzArt = "mitarbeitende" | "portal" | "totp" | "adresse";

/** One throttle counter; `schluessel` is a SHA-256, never the user name or address itself. */
export interface SchutzZaehler {
  art: SchutzArt;
  schluessel: string;
  /** The account behind a user name, when it exists (for the administrator's list). */
  jobcenterId?: string | null;
  kontoId?: string | null;
}

/** Throttle state in the database, shared by every instance and kept across restarts. */
export interface AnmeldeschutzStore {
  /** One transaction: locks the counters, hands their states to `fn`, writes the states it returns. */
  pruefen<T>(
    zaehler: readonly SchutzZaehler[],
    fn: (staende: SchutzStand[]) => { neu: SchutzStand[] | null; ergebnis: T },
  ): Promise<T>;
  /** After a success: the counters start again at zero. */
  zuruecksetzen(zaehler: readonly SchutzZaehler[]): Promise<void>;
  /** After a success: the try counted in advance is given back (the address keeps other failures). */
  erstatten(zaehler: readonly SchutzZaehler[]): Promise<void>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface TokenGenerator {
  /** A random, URL-safe token of at least 256 bits. */
  token(): string;
  /** SHA-256 of a token, hex. */
  hash(token: string): string;
}
