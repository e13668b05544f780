import { TOTP_REGEL, TOTP_VERSUCHE_JE_SITZUNG } from "../../../domain/anmeldung/anmeldeschutz";
import type { SchutzZaehler } from "../../auth/ports";
import { versuchBeginnen } from "../../auth/versuchBeginnen";
import type { PortalAkteur, PortalDeps, PortalResult } from "../ports";
import type { PortalAuthDeps } from "./deps";
import type { PortalSitzung } from "./ports";

const falsch = { ok: false, error: { code: "portal.totp_ungueltig", feld: "totp" } } as const;

/** The second factor's counter of one account, across all its sessions. */
const totpZaehler = (deps: PortalAuthDeps, a: PortalAkteur): SchutzZaehler => ({
  art: "totp",
  schluessel: deps.tokens.hash(`totp:${a.kontoId}`),
  jobcenterId: a.jobcenterId,
  kontoId: a.kontoId,
});

/**
 * The account's TOTP secret, decrypted (ADR 0021). A secret stored before encryption is written back
 * encrypted on this first read; one that does not decrypt counts as none (no code is accepted).
 */
async function totpLesen(
  deps: PortalAuthDeps,
  d: PortalDeps,
  kontoId: string,
): Promise<{ secret: string | null; aktiv: boolean }> {
  const gespeichert = await d.repos.konten.totp(kontoId);
  if (!gespeichert.secret) return gespeichert;
  const offen = deps.tresor.entschluesseln(gespeichert.secret, kontoId);
  if (!offen) return { secret: null, aktiv: gespeichert.aktiv };
  if (offen.veraltet)
    await d.repos.konten.setTotp(
      kontoId,
      deps.tresor.verschluesseln(offen.klartext, kontoId),
      gespeichert.aktiv,
    );
  return { secret: offen.klartext, aktiv: gespeichert.aktiv };
}

export type ZweiterFaktorErgebnis =
  | { ok: true; value: true }
  | { ok: false; error: { code: "portal.totp_ungueltig" | "portal.zu_viele_versuche"; feld?: string } }
  /** Too many wrong codes: the half-logged-in session has been ended. */
  | { ok: false; error: { code: "portal.zu_viele_versuche" }; beendet: true };

/**
 * Second step of the login: the six-digit code from the authenticator app. Limited per account (the
 * same throttle as passwords) and per session (it ends after 5 wrong codes); a code counts once (the
 * last accepted time step is stored and must grow); clock drift ±1 step (ADR 0014).
 */
export async function bestaetigeZweitenFaktor(
  deps: PortalAuthDeps,
  sitzung: PortalSitzung,
  token: string,
  code: string,
): Promise<ZweiterFaktorErgebnis> {
  const now = deps.clock.now();
  const tokenHash = deps.tokens.hash(token);
  const zaehler = totpZaehler(deps, sitzung.akteur);
  if (!(await versuchBeginnen(deps, [{ ...zaehler, regel: TOTP_REGEL }])).ok)
    return { ok: false, error: { code: "portal.zu_viele_versuche" } };
  const kontoId = sitzung.akteur.kontoId;
  const angenommen = await deps.runAs(sitzung.akteur, async (d) => {
    const totp = await totpLesen(deps, d, kontoId);
    const schritt = totp.aktiv && totp.secret ? deps.totp.verify(totp.secret, code, now) : null;
    return schritt !== null && (await d.repos.konten.nimmTotpSchritt(kontoId, schritt));
  });
  if (!angenommen) {
    const fehler = await deps.store.zaehleTotpFehler(sitzung.akteur, tokenHash);
    if (fehler < TOTP_VERSUCHE_JE_SITZUNG) return falsch;
    await deps.store.deleteSitzung(sitzung.akteur, tokenHash);
    return { ok: false, error: { code: "portal.zu_viele_versuche" }, beendet: true };
  }
  await deps.schutz.zuruecksetzen([zaehler]);
  await deps.store.touch(sitzung.akteur, tokenHash, now, "voll");
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
    const kontoId = sitzung.akteur.kontoId;
    await d.repos.konten.setTotp(kontoId, deps.tresor.verschluesseln(secret, kontoId), false);
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
    const kontoId = sitzung.akteur.kontoId;
    const totp = await totpLesen(deps, d, kontoId);
    const schritt = !totp.aktiv && totp.secret ? deps.totp.verify(totp.secret, code, now) : null;
    if (schritt === null || !totp.secret) return falsch;
    await d.repos.konten.setTotp(kontoId, deps.tresor.verschluesseln(totp.secret, kontoId), true);
    // The set-up code is used up: it cannot open the next login a second time.
    await d.repos.konten.nimmTotpSchritt(sitzung.akteur.kontoId, schritt);
    await d.repos.audit.record({
      aktion: "aendern",
      objekt: "portal_totp",
      personId: sitzung.akteur.personId,
    });
    return { ok: true, value: true } as const;
  });
}
