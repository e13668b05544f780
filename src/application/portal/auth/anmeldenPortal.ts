import type { PortalAkteur, PortalResult } from "../ports";
import { PORTAL_MAX_MS, type PortalAuthDeps } from "./deps";
import type { SitzungsStufe } from "./ports";

export interface PortalAnmeldung {
  token: string;
  csrfToken: string;
  stufe: SitzungsStufe;
}

/** Opens a recipient session; with TOTP switched on, the session waits for the second factor. */
export async function openPortalSitzung(
  deps: PortalAuthDeps,
  akteur: PortalAkteur,
  totpAktiv: boolean,
  aktion: string,
): Promise<PortalAnmeldung> {
  const token = deps.tokens.token();
  const csrfToken = deps.tokens.token();
  const now = deps.clock.now();
  const stufe: SitzungsStufe = totpAktiv ? "passwort" : "voll";
  await deps.store.createSitzung(
    akteur,
    {
      tokenHash: deps.tokens.hash(token),
      csrfToken,
      stufe,
      now,
      expiresAt: new Date(now.getTime() + PORTAL_MAX_MS),
    },
    aktion,
  );
  return { token, csrfToken, stufe };
}

/** Checks user name and password (argon2id, constant work when the account does not exist). */
export async function anmeldenPortal(
  deps: PortalAuthDeps,
  benutzername: string,
  passwort: string,
): Promise<PortalResult<PortalAnmeldung>> {
  const konto = await deps.store.findLogin(benutzername.trim().toLowerCase());
  const valid = await deps.hasher.verify(konto?.passwortHash ?? deps.dummyHash, passwort);
  if (!konto || !konto.aktiv || !valid) {
    if (konto) await deps.store.recordVerweigert(konto, "portal_anmeldung");
    return { ok: false, error: { code: "portal.anmeldung_fehlgeschlagen" } };
  }
  return { ok: true, value: await openPortalSitzung(deps, konto, konto.totpAktiv, "anmelden") };
}
