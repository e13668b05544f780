import { pruefePasswort, type PasswortMangel } from "../../domain/anmeldung/passwortRegel";
import type { PasswordHasher } from "./ports";

/**
 * The one way to turn a new password into a stored hash: the password rule first (ADR 0021), then
 * argon2id. `kontext`: words the password must not be built from (user name, names).
 */
export async function hashNeuesPasswort(
  hasher: PasswordHasher,
  passwort: string,
  kontext: readonly string[] = [],
): Promise<{ ok: true; hash: string } | { ok: false; code: PasswortMangel }> {
  const mangel = pruefePasswort(passwort, kontext);
  return mangel ? { ok: false, code: mangel } : { ok: true, hash: await hasher.hash(passwort) };
}

/** For seeds and set-up scripts: the same rule, and a refused password stops the script. */
export async function hashNeuesPasswortOderAbbruch(
  hasher: PasswordHasher,
  passwort: string,
): Promise<string> {
  const r = await hashNeuesPasswort(hasher, passwort);
  if (!r.ok)
    throw new Error(`Passwort abgelehnt (${r.code}): mindestens 12 Zeichen, nicht leicht zu erraten`);
  return r.hash;
}
