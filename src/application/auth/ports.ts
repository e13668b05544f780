import type { Actor, Rolle } from "../ports";

export interface LoginKonto {
  id: string;
  jobcenterId: string;
  rolle: Rolle;
  passwortHash: string;
  aktiv: boolean;
}

export interface Sitzung {
  actor: Actor;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
}

/** Server-side sessions in the database; only a hash of the session token is stored. */
export interface SitzungStore {
  findKonto(benutzername: string): Promise<LoginKonto | null>;
  create(konto: LoginKonto, tokenHash: string, csrfToken: string, now: Date, expiresAt: Date): Promise<void>;
  find(tokenHash: string): Promise<Sitzung | null>;
  touch(actor: Actor, tokenHash: string, at: Date): Promise<void>;
  delete(actor: Actor, tokenHash: string): Promise<void>;
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
