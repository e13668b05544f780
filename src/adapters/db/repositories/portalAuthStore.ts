import type { KontoTreffer, PortalAuthStore, PortalSitzung } from "../../../application/portal/auth/ports";
import type { PortalAkteur } from "../../../application/portal/ports";
import type { Clock } from "../../../application/ports";
import { toSprache } from "../../../domain/portal/portalSprache";
import type { Database, Sql } from "../database";
import { applyPersonContext } from "./portalRepositories";

export const PORTAL_ROLLE = "leistungsberechtigte";

/** Runs `fn` as the recipient: app.rolle 'leistungsberechtigte', app.user_id = account, app.person_id. */
export function asRecipient<T>(db: Database, a: PortalAkteur, fn: (sql: Sql) => Promise<T>): Promise<T> {
  return db.transaction(
    { jobcenterId: a.jobcenterId, userId: a.kontoId, rolle: PORTAL_ROLLE },
    async (sql) => {
      await applyPersonContext(sql, a.personId);
      return fn(sql);
    },
  );
}

interface TrefferRow {
  id: string;
  jobcenter_id: string;
  person_id: string;
  aktiv: boolean;
  totp_aktiv?: boolean;
}

const toTreffer = (r: TrefferRow): KontoTreffer => ({
  kontoId: r.id,
  jobcenterId: r.jobcenter_id,
  personId: r.person_id,
  aktiv: r.aktiv,
  totpAktiv: r.totp_aktiv ?? false,
});

const auditSql = `INSERT INTO audit_log (jobcenter_id, akteur_id, akteur_rolle, aktion, objekt, person_id, details, at)
  VALUES ($1, $2, '${PORTAL_ROLLE}', $3, $4, $5, $6, $7)`;

function auditAs(sql: Sql, at: Date, a: PortalAkteur, aktion: string, objekt: string, details: object = {}) {
  return sql.query(auditSql, [
    a.jobcenterId,
    a.kontoId,
    aktion,
    objekt,
    a.personId,
    JSON.stringify(details),
    at,
  ]);
}

/** Recipient accounts and sessions (only the SHA-256 of the session token and the code is stored). */
export function portalAuthStore(db: Database, clock: Clock): PortalAuthStore {
  const definer = <T extends object>(text: string, params: unknown[]) =>
    db.transaction(null, (sql) => sql.query<T>(text, params));
  return {
    async findAktivierung(codeHash) {
      const [r] = await definer<TrefferRow & { aktivierung_bis: Date | null }>(
        "SELECT * FROM kp_portal_aktivierung($1)",
        [codeHash],
      );
      return r ? { ...toTreffer(r), bis: r.aktivierung_bis ? new Date(r.aktivierung_bis) : null } : null;
    },
    async findLogin(benutzername) {
      const [r] = await definer<TrefferRow & { passwort_hash: string }>("SELECT * FROM kp_portal_login($1)", [
        benutzername,
      ]);
      return r ? { ...toTreffer(r), passwortHash: r.passwort_hash } : null;
    },
    async findOidc(issuer, subject) {
      const [r] = await definer<TrefferRow>("SELECT * FROM kp_portal_oidc($1, $2)", [issuer, subject]);
      return r ? toTreffer(r) : null;
    },
    async benutzernameFrei(benutzername) {
      const [r] = await definer<{ frei: boolean }>("SELECT kp_portal_benutzername_frei($1) AS frei", [
        benutzername,
      ]);
      return r?.frei ?? false;
    },
    activate: (a, codeHash, benutzername, passwortHash, at) =>
      asRecipient(db, a, async (sql) => {
        const rows = await sql.query(
          `UPDATE portal_konto SET benutzername = $3, passwort_hash = $4, aktivierung_hash = NULL,
             aktivierung_bis = NULL, aktiviert_am = $5
           WHERE id = $1 AND aktivierung_hash = $2 AND aktivierung_bis > $5 RETURNING id`,
          [a.kontoId, codeHash, benutzername, passwortHash, at],
        );
        if (rows.length > 0) await auditAs(sql, at, a, "aendern", "portal_aktivierung");
        return rows.length > 0;
      }),
    linkOidc: (a, codeHash, issuer, subject, at) =>
      asRecipient(db, a, async (sql) => {
        const rows = await sql.query(
          `UPDATE portal_konto SET oidc_issuer = $3, oidc_subject = $4, aktivierung_hash = NULL,
             aktivierung_bis = NULL, aktiviert_am = coalesce(aktiviert_am, $5)
           WHERE id = $1 AND aktivierung_hash = $2 AND aktivierung_bis > $5 RETURNING id`,
          [a.kontoId, codeHash, issuer, subject, at],
        );
        if (rows.length > 0) await auditAs(sql, at, a, "aendern", "portal_oidc");
        return rows.length > 0;
      }),
    createSitzung: (a, s, aktion) =>
      asRecipient(db, a, async (sql) => {
        await sql.query("DELETE FROM portal_sitzung WHERE konto_id = $1 AND expires_at < $2", [
          a.kontoId,
          s.now,
        ]);
        await sql.query(
          `INSERT INTO portal_sitzung (token_hash, jobcenter_id, konto_id, person_id, csrf_token, stufe, created_at, last_seen_at, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)`,
          [s.tokenHash, a.jobcenterId, a.kontoId, a.personId, s.csrfToken, s.stufe, s.now, s.expiresAt],
        );
        await auditAs(sql, s.now, a, "anmelden", "portal_sitzung", { weg: aktion });
      }),
    async findSitzung(tokenHash) {
      const [r] = await definer<{
        konto_id: string;
        jobcenter_id: string;
        person_id: string;
        csrf_token: string;
        stufe: PortalSitzung["stufe"];
        expires_at: Date;
        last_seen_at: Date;
        vorname: string;
        sprache: string;
        totp_aktiv: boolean;
      }>("SELECT * FROM kp_portal_session($1)", [tokenHash]);
      if (!r) return null;
      return {
        akteur: { kontoId: r.konto_id, jobcenterId: r.jobcenter_id, personId: r.person_id },
        csrfToken: r.csrf_token,
        stufe: r.stufe,
        expiresAt: new Date(r.expires_at),
        lastSeenAt: new Date(r.last_seen_at),
        vorname: r.vorname,
        sprache: toSprache(r.sprache) ?? "de",
        totpAktiv: r.totp_aktiv,
      };
    },
    touch: (a, tokenHash, at, stufe) =>
      asRecipient(db, a, async (sql) => {
        await sql.query(
          "UPDATE portal_sitzung SET last_seen_at = $2, stufe = coalesce($3, stufe) WHERE token_hash = $1",
          [tokenHash, at, stufe ?? null],
        );
      }),
    deleteSitzung: (a, tokenHash) =>
      asRecipient(db, a, async (sql) => {
        await sql.query("DELETE FROM portal_sitzung WHERE token_hash = $1", [tokenHash]);
        await auditAs(sql, clock.now(), a, "abmelden", "portal_sitzung");
      }),
    zaehleTotpFehler: (a, tokenHash) =>
      asRecipient(db, a, async (sql) => {
        const [r] = await sql.query<{ n: number }>(
          "UPDATE portal_sitzung SET totp_fehlversuche = totp_fehlversuche + 1 WHERE token_hash = $1 RETURNING totp_fehlversuche AS n",
          [tokenHash],
        );
        await auditAs(sql, clock.now(), a, "verweigert", "portal_totp");
        return r?.n ?? Number.MAX_SAFE_INTEGER;
      }),
    recordVerweigert: (a, objekt) =>
      a
        ? asRecipient(db, a, (sql) =>
            auditAs(sql, clock.now(), a, "verweigert", objekt).then(() => undefined),
          )
        : db.transaction(null, (sql) => sql.query("SELECT 1").then(() => undefined)),
  };
}
