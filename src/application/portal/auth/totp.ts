import type { PortalResult } from "../ports";
import type { PortalAuthDeps } from "./deps";
import type { PortalSitzung } from "./ports";

const falsch = { ok: false, error: { code: "portal.totp_ungueltig", feld: "totp" } } as const;

/** Second step of the login: the six-digit code from the authenticator app. */
export async function bestaetigeZweitenFaktor(
  deps: PortalAuthDeps,
  sitzung: PortalSitzung,
  token: string,
  code: string,
): Promise<PortalResult<true>> {
  const now = deps.clock.now();
  const totp = await deps.runAs(sitzung.akteur, (d) => d.repos.konten.totp(sitzung.akteur.kontoId));
  if (!totp.aktiv || !totp.secret || !deps.totp.verify(totp.secret, code, now)) {
    await deps.store.recordVerweigert(sitzung.akteur, "portal_totp");
    return falsch;
  }
  await deps.store.touch(sitzung.akteur, deps.tokens.hash(token), now, "voll");
  return { ok: true, value: true };
}

/**
 * Starts the TOTP set-up: a new secret, stored but not yet active, and its otpauth:// URI. Null when
 * TOTP is already on (a session must not switch the second factor off by opening this page).
 */
export async function beginneTotp(
  deps: PortalAuthDeps,
  sitzung: PortalSitzung,
): Promise<{ secret: string; uri: string } | null> {
  const secret = deps.totp.generateSecret();
  const begonnen = await deps.runAs(sitzung.akteur, async (d) => {
    if ((await d.repos.konten.totp(sitzung.akteur.kontoId)).aktiv) return false;
    await d.repos.konten.setTotp(sitzung.akteur.kontoId, secret, false);
    return true;
  });
  return begonnen ? { secret, uri: deps.totp.uri(secret, sitzung.vorname) } : null;
}

/** Switches TOTP on once the recipient has typed a valid code from the new secret. */
export async function aktiviereTotp(
  deps: PortalAuthDeps,
  sitzung: PortalSitzung,
  code: string,
): Promise<PortalResult<true>> {
  const now = deps.clock.now();
  return deps.runAs(sitzung.akteur, async (d) => {
    const totp = await d.repos.konten.totp(sitzung.akteur.kontoId);
    if (totp.aktiv || !totp.secret || !deps.totp.verify(totp.secret, code, now)) return falsch;
    await d.repos.konten.setTotp(sitzung.akteur.kontoId, totp.secret, true);
    await d.repos.audit.record({
      aktion: "aendern",
      objekt: "portal_totp",
      personId: sitzung.akteur.personId,
    });
    return { ok: true, value: true } as const;
  });
}
