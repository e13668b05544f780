import type { AnmeldeschutzStore, PasswordHasher, TokenGenerator } from "../../auth/ports";
import type { Clock } from "../../ports";
import type { PortalAkteur, PortalDeps } from "../ports";
import type { PortalAuthStore } from "./ports";

/** Time-based one-time passwords (RFC 6238, 30-second steps). */
export interface TotpPort {
  generateSecret(): string;
  uri(secret: string, label: string): string;
  /**
   * The time step (`floor(unix seconds / 30)`) whose code `code` is, when it is the step at `at` or one
   * step before or after (allowed clock drift ±1 step, ADR 0014); null otherwise.
   */
  verify(secret: string, code: string, at: Date): number | null;
}

/** Encrypts secrets at rest (the TOTP secret); `bindung` ties a ciphertext to its row (the account id). */
export interface GeheimnisTresor {
  verschluesseln(klartext: string, bindung: string): string;
  /**
   * The plain text, or null when it does not open (tampered, other key, other row). A stored value from
   * before encryption comes back with `veraltet: true`, to be written again encrypted.
   */
  entschluesseln(gespeichert: string, bindung: string): { klartext: string; veraltet: boolean } | null;
}

export interface PortalAuthDeps {
  store: PortalAuthStore;
  schutz: AnmeldeschutzStore;
  hasher: PasswordHasher;
  tokens: TokenGenerator;
  clock: Clock;
  dummyHash: string;
  totp: TotpPort;
  tresor: GeheimnisTresor;
  /** Runs `fn` in one transaction in the recipient's row-level security context. */
  runAs<T>(akteur: PortalAkteur, fn: (d: PortalDeps) => Promise<T>): Promise<T>;
}

/** Idle timeout and absolute lifetime of a recipient session. */
export const PORTAL_LEERLAUF_MS = 30 * 60 * 1000;
export const PORTAL_MAX_MS = 8 * 60 * 60 * 1000;
