import type { Clock } from "../../../application/ports";
import type { KontoRepository, PortalKontoInfo } from "../../../application/portal/ports";
import type { Sql } from "../database";

interface KontoRow {
  id: string;
  person_id: string;
  benutzername: string | null;
  aktiviert_am: Date | null;
  aktivierung_bis: Date | null;
  totp_aktiv: boolean;
  oidc_subject: string | null;
  zurueckgesetzt_am: Date | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

const toInfo = (r: KontoRow): PortalKontoInfo => ({
  id: r.id,
  personId: r.person_id,
  benutzername: r.benutzername,
  aktiviertAm: iso(r.aktiviert_am),
  aktivierungBis: iso(r.aktivierung_bis),
  totpAktiv: r.totp_aktiv,
  oidcVerknuepft: r.oidc_subject !== null,
  zurueckgesetztAm: iso(r.zurueckgesetzt_am),
});

/** Portal accounts; row-level security limits staff to their persons and recipients to their own account. */
export function portalKontoRepository(
  sql: Sql,
  jobcenterId: string,
  userId: string,
  clock: Clock,
): KontoRepository {
  return {
    async findByPerson(personId) {
      const rows = await sql.query<KontoRow>(
        `SELECT id, person_id, benutzername, aktiviert_am, aktivierung_bis, totp_aktiv, oidc_subject, zurueckgesetzt_am
         FROM portal_konto WHERE jobcenter_id = $1 AND person_id = $2`,
        [jobcenterId, personId],
      );
      return rows[0] ? toInfo(rows[0]) : null;
    },
    async open(personId, codeHash, bis) {
      const rows = await sql.query<{ id: string }>(
        `INSERT INTO portal_konto (jobcenter_id, person_id, aktivierung_hash, aktivierung_bis, erstellt_von, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (person_id) DO UPDATE SET aktivierung_hash = EXCLUDED.aktivierung_hash,
           aktivierung_bis = EXCLUDED.aktivierung_bis, aktiv = true
         RETURNING id`,
        [jobcenterId, personId, codeHash, bis, userId, clock.now()],
      );
      return (rows[0] as { id: string }).id;
    },
    async zuruecksetzen(kontoId, codeHash, bis) {
      await sql.query(
        `UPDATE portal_konto SET aktivierung_hash = $3, aktivierung_bis = $4, zurueckgesetzt_am = $5, aktiv = true
         WHERE jobcenter_id = $1 AND id = $2`,
        [jobcenterId, kontoId, codeHash, bis, clock.now()],
      );
      const [r] = await sql.query<{ n: number }>("SELECT kp_portal_sitzungen_beenden($1) AS n", [kontoId]);
      return r?.n ?? 0;
    },
    async totp(kontoId) {
      // The secret (encrypted) is in portal_totp, which only the recipient may read (ADR 0021).
      const rows = await sql.query<{ geheimnis: string | null; totp_aktiv: boolean }>(
        `SELECT t.geheimnis, k.totp_aktiv FROM portal_konto k LEFT JOIN portal_totp t ON t.konto_id = k.id
         WHERE k.id = $1`,
        [kontoId],
      );
      return { secret: rows[0]?.geheimnis ?? null, aktiv: rows[0]?.totp_aktiv ?? false };
    },
    async nimmTotpSchritt(kontoId, schritt) {
      const rows = await sql.query(
        `UPDATE portal_konto SET totp_letzter_schritt = $2
         WHERE id = $1 AND (totp_letzter_schritt IS NULL OR totp_letzter_schritt < $2) RETURNING id`,
        [kontoId, schritt],
      );
      return rows.length > 0;
    },
    async setTotp(kontoId, secret, aktiv) {
      await sql.query("UPDATE portal_konto SET totp_aktiv = $2 WHERE id = $1", [kontoId, aktiv]);
      if (secret === null) await sql.query("DELETE FROM portal_totp WHERE konto_id = $1", [kontoId]);
      else
        await sql.query(
          `INSERT INTO portal_totp (konto_id, jobcenter_id, geheimnis) VALUES ($1, $2, $3)
           ON CONFLICT (konto_id) DO UPDATE SET geheimnis = EXCLUDED.geheimnis`,
          [kontoId, jobcenterId, secret],
        );
    },
  };
}
