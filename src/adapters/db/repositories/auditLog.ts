import type { Actor, AuditEintragGelesen, AuditLog, Clock } from "../../../application/ports";
import type { Sql } from "../database";

/** Append-only audit trail (who read or changed which person's data, and when). */
export function auditLog(sql: Sql, actor: Actor, clock: Clock): AuditLog {
  return {
    async record(e) {
      await sql.query(
        `INSERT INTO audit_log (jobcenter_id, akteur_id, akteur_rolle, aktion, objekt, objekt_id, person_id, details, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          actor.jobcenterId,
          actor.userId,
          actor.rolle,
          e.aktion,
          e.objekt,
          e.objektId ?? null,
          e.personId ?? null,
          JSON.stringify(e.details ?? {}),
          clock.now(),
        ],
      );
    },
    async listForPerson(personId, limit) {
      const rows = await sql.query<{
        at: Date;
        aktion: AuditEintragGelesen["aktion"];
        objekt: string;
        objekt_id: string | null;
        person_id: string | null;
        details: Record<string, unknown>;
        akteur_rolle: string | null;
        akteur_name: string | null;
      }>(
        `SELECT a.at, a.aktion, a.objekt, a.objekt_id, a.person_id, a.details, a.akteur_rolle, m.name AS akteur_name
         FROM audit_log a LEFT JOIN mitarbeitende m ON m.id = a.akteur_id
         WHERE a.jobcenter_id = $1 AND a.person_id = $2 ORDER BY a.at DESC LIMIT $3`,
        [actor.jobcenterId, personId, limit],
      );
      return rows.map((r) => ({
        at: new Date(r.at).toISOString(),
        aktion: r.aktion,
        objekt: r.objekt,
        objektId: r.objekt_id,
        personId: r.person_id,
        details: r.details,
        akteurName: r.akteur_name,
        akteurRolle: r.akteur_rolle,
      }));
    },
  };
}
