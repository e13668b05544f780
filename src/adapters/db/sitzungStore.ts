import type { Actor, Clock, Rolle } from "../../application/ports";
import type { LoginKonto, SitzungStore } from "../../application/auth/ports";
import type { Database, TenantContext } from "./database";

const ctx = (a: { jobcenterId: string; userId: string; rolle: string }): TenantContext => a;

/** Staff sessions; `clock` stamps the audit rows of login and logout. */
export function sitzungStore(db: Database, clock: Clock): SitzungStore {
  return {
    async findKonto(benutzername) {
      const rows = await db.transaction(null, (sql) =>
        sql.query<{
          id: string;
          jobcenter_id: string;
          rolle: Rolle;
          passwort_hash: string;
          aktiv: boolean;
          demo: boolean;
        }>("SELECT * FROM kp_login_lookup($1)", [benutzername]),
      );
      const r = rows[0];
      return r
        ? {
            id: r.id,
            jobcenterId: r.jobcenter_id,
            rolle: r.rolle,
            passwortHash: r.passwort_hash,
            aktiv: r.aktiv,
            demo: r.demo,
          }
        : null;
    },
    async create(konto: LoginKonto, tokenHash, csrfToken, now, expiresAt) {
      await db.transaction(
        ctx({ jobcenterId: konto.jobcenterId, userId: konto.id, rolle: konto.rolle }),
        async (sql) => {
          await sql.query("DELETE FROM sitzung WHERE mitarbeitende_id = $1 AND expires_at < $2", [
            konto.id,
            now,
          ]);
          await sql.query(
            `INSERT INTO sitzung (token_hash, jobcenter_id, mitarbeitende_id, csrf_token, created_at, last_seen_at, expires_at)
           VALUES ($1, $2, $3, $4, $5, $5, $6)`,
            [tokenHash, konto.jobcenterId, konto.id, csrfToken, now, expiresAt],
          );
          await sql.query(
            "INSERT INTO audit_log (jobcenter_id, akteur_id, akteur_rolle, aktion, objekt, at) VALUES ($1, $2, $3, 'anmelden', 'sitzung', $4)",
            [konto.jobcenterId, konto.id, konto.rolle, now],
          );
        },
      );
    },
    async find(tokenHash) {
      const rows = await db.transaction(null, (sql) =>
        sql.query<{
          mitarbeitende_id: string;
          jobcenter_id: string;
          rolle: Rolle;
          name: string;
          csrf_token: string;
          expires_at: Date;
          last_seen_at: Date;
          demo: boolean;
        }>("SELECT * FROM kp_session_lookup($1)", [tokenHash]),
      );
      const r = rows[0];
      if (!r) return null;
      const actor: Actor = {
        userId: r.mitarbeitende_id,
        jobcenterId: r.jobcenter_id,
        rolle: r.rolle,
        name: r.name,
      };
      return {
        actor,
        csrfToken: r.csrf_token,
        expiresAt: new Date(r.expires_at),
        lastSeenAt: new Date(r.last_seen_at),
        demo: r.demo,
      };
    },
    async touch(actor, tokenHash, at) {
      await db.transaction(ctx(actor), (sql) =>
        sql.query("UPDATE sitzung SET last_seen_at = $2 WHERE token_hash = $1", [tokenHash, at]),
      );
    },
    async recordFehlversuch(kontoId, grund, at) {
      await db.transaction(null, (sql) =>
        sql.query("SELECT kp_audit_anmeldung_fehlgeschlagen($1, $2, $3)", [kontoId, grund, at]),
      );
    },
    async delete(actor, tokenHash) {
      await db.transaction(ctx(actor), async (sql) => {
        await sql.query("DELETE FROM sitzung WHERE token_hash = $1", [tokenHash]);
        await sql.query(
          "INSERT INTO audit_log (jobcenter_id, akteur_id, akteur_rolle, aktion, objekt, at) VALUES ($1, $2, $3, 'abmelden', 'sitzung', $4)",
          [actor.jobcenterId, actor.userId, actor.rolle, clock.now()],
        );
      });
    },
  };
}
