import type { Sprache } from "../../../domain/portal/portalSprache";
import type { PortalAkteur } from "../ports";

export type SitzungsStufe = "passwort" | "voll";

export interface PortalSitzung {
  akteur: PortalAkteur;
  csrfToken: string;
  /** "passwort": the second factor is still open. */
  stufe: SitzungsStufe;
  expiresAt: Date;
  lastSeenAt: Date;
  vorname: string;
  sprache: Sprache;
  totpAktiv: boolean;
}

export interface KontoTreffer extends PortalAkteur {
  aktiv: boolean;
  totpAktiv: boolean;
}

/** Lookups before the person is known (narrow definer functions) and the recipient's sessions. */
export interface PortalAuthStore {
  findAktivierung(codeHash: string): Promise<(KontoTreffer & { bis: Date | null }) | null>;
  findLogin(benutzername: string): Promise<(KontoTreffer & { passwortHash: string }) | null>;
  findOidc(issuer: string, subject: string): Promise<KontoTreffer | null>;
  benutzernameFrei(benutzername: string): Promise<boolean>;
  /** Sets user name and password and uses up the code; false if the code was used meanwhile. */
  activate(
    akteur: PortalAkteur,
    codeHash: string,
    benutzername: string,
    passwortHash: string,
    at: Date,
  ): Promise<boolean>;
  /** Links an OIDC subject and uses up the code; false if the code was used meanwhile. */
  linkOidc(
    akteur: PortalAkteur,
    codeHash: string,
    issuer: string,
    subject: string,
    at: Date,
  ): Promise<boolean>;
  createSitzung(
    akteur: PortalAkteur,
    s: { tokenHash: string; csrfToken: string; stufe: SitzungsStufe; now: Date; expiresAt: Date },
    aktion: string,
  ): Promise<void>;
  findSitzung(tokenHash: string): Promise<PortalSitzung | null>;
  touch(akteur: PortalAkteur, tokenHash: string, at: Date, stufe?: SitzungsStufe): Promise<void>;
  deleteSitzung(akteur: PortalAkteur, tokenHash: string): Promise<void>;
  /** Counts a wrong second-factor code on the half-logged-in session (audited); the new count. */
  zaehleTotpFehler(akteur: PortalAkteur, tokenHash: string): Promise<number>;
  /**
   * Audits a refused attempt (wrong code, wrong password). With `null` (unknown user name) nothing is
   * written but the same round trip is made, so a known and an unknown name take the same time.
   */
  recordVerweigert(akteur: PortalAkteur | null, objekt: string): Promise<void>;
}
