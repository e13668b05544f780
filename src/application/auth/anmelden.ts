import type { Clock } from "../ports";
import type { PasswordHasher, SitzungStore, TokenGenerator } from "./ports";

/** Idle timeout and absolute lifetime of a staff session. */
export const SITZUNG_LEERLAUF_MS = 30 * 60 * 1000;
export const SITZUNG_MAX_MS = 10 * 60 * 60 * 1000;

/** A fixed argon2id hash to verify against when the account does not exist (no timing oracle). */
export interface AnmeldenDeps {
  store: SitzungStore;
  hasher: PasswordHasher;
  tokens: TokenGenerator;
  clock: Clock;
  dummyHash: string;
}

export type AnmeldenErgebnis = { ok: true; token: string; csrfToken: string } | { ok: false };

/** Checks user name and password; on success opens a server-side session. */
export async function anmelden(
  deps: AnmeldenDeps,
  benutzername: string,
  passwort: string,
): Promise<AnmeldenErgebnis> {
  const konto = await deps.store.findKonto(benutzername.trim().toLowerCase());
  const valid = await deps.hasher.verify(konto?.passwortHash ?? deps.dummyHash, passwort);
  if (!konto || !konto.aktiv || !valid) return { ok: false };
  const token = deps.tokens.token();
  const csrfToken = deps.tokens.token();
  const now = deps.clock.now();
  await deps.store.create(
    konto,
    deps.tokens.hash(token),
    csrfToken,
    now,
    new Date(now.getTime() + SITZUNG_MAX_MS),
  );
  return { ok: true, token, csrfToken };
}
