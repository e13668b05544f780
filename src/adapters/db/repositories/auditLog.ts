import type { Actor, AuditLog, Clock } from "../../../application/ports";
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
  };
}
