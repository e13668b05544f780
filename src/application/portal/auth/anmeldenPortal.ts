import { normalisiereBenutzername } from "../../../domain/anmeldung/anmeldeschutz";
import { anmeldeZaehler } from "../../auth/anmelden";
import { versuchBeginnen } from "../../auth/versuchBeginnen";
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

/**
 * Checks user name and password (argon2id, the same work and round trips when the account does not
 * exist), after the throttle per user name and client address (as for staff, ADR 0014).
 */
export async function anmeldenPortal(
  deps: PortalAuthDeps,
  benutzername: string,
  passwort: string,
  adresse: string,
): Promise<PortalResult<PortalAnmeldung>> {
  const konto = await deps.store.findLogin(normalisiereBenutzername(benutzername));
  const { kontoZaehler, adresseZaehler, ziele } = anmeldeZaehler(
    deps.tokens,
    "portal",
    benutzername,
    adresse,
    konto ? { jobcenterId: konto.jobcenterId, kontoId: konto.kontoId } : null,
  );
  if (!(await versuchBeginnen(deps, ziele)).ok)
    return { ok: false, error: { code: "portal.zu_viele_versuche" } };
  const valid = await deps.hasher.verify(konto?.passwortHash ?? deps.dummyHash, passwort);
  if (!konto || !konto.aktiv || !valid) {
    await deps.store.recordVerweigert(konto, "portal_anmeldung");
    return { ok: false, error: { code: "portal.anmeldung_fehlgeschlagen" } };
  }
  await deps.schutz.zuruecksetzen([kontoZaehler]);
  await deps.schutz.erstatten([adresseZaehler]);
  return { ok: true, value: await openPortalSitzung(deps, konto, konto.totpAktiv, "anmelden") };
}
