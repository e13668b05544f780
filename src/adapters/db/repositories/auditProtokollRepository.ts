import type { AuditProtokollRepository, AuditZeile } from "../../../application/audit/ports";
import type { Actor, AuditAktion, Rolle } from "../../../application/ports";
import type { Sql } from "../database";

interface Row {
  id: string;
  at_text: string;
  aktion: AuditAktion;
  objekt: string;
  objekt_id: string | null;
  person_id: string | null;
  details: Record<string, unknown>;
  akteur_id: string | null;
  akteur_rolle: string | null;
  akteur_name: string | null;
}

const toZeile = (r: Row): AuditZeile => ({
  id: r.id,
  at: r.at_text,
  aktion: r.aktion,
  objekt: r.objekt,
  objektId: r.objekt_id,
  personId: r.person_id,
  details: r.details,
  akteurId: r.akteur_id,
  akteurName: r.akteur_name,
  akteurRolle: r.akteur_rolle,
});

/**
 * Reads the audit log in pages (keyset on `(at, id)`, newest first, exact to the microsecond), under
 * row-level security: only the team lead (rows about persons) and the data-protection officer see rows.
 */
export function auditProtokollRepository(sql: Sql, actor: Actor): AuditProtokollRepository {
  return {
    async list(filter, nach, limit) {
      const where = ["a.jobcenter_id = $1"];
      const params: unknown[] = [actor.jobcenterId];
      const add = (cond: (n: string) => string, value: unknown) => {
        params.push(value);
        where.push(cond(`$${params.length}`));
      };
      if (filter.personId) add((n) => `a.person_id = ${n}`, filter.personId);
      if (filter.akteurId) add((n) => `a.akteur_id = ${n}`, filter.akteurId);
      if (filter.aktion) add((n) => `a.aktion = ${n}`, filter.aktion);
      // Calendar dates in Europe/Berlin, both ends included, whatever the server's time zone.
      if (filter.von) add((n) => `a.at >= (${n}::date::timestamp AT TIME ZONE 'Europe/Berlin')`, filter.von);
      if (filter.bis)
        add((n) => `a.at < ((${n}::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`, filter.bis);
      if (nach) {
        params.push(nach.at, nach.id);
        where.push(`(a.at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
      }
      params.push(limit + 1);
      const rows = await sql.query<Row>(
        `SELECT a.id::text AS id,
                to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_text,
                a.aktion, a.objekt, a.objekt_id, a.person_id, a.details, a.akteur_id, a.akteur_rolle,
                m.name AS akteur_name
         FROM audit_log a LEFT JOIN mitarbeitende m ON m.id = a.akteur_id
         WHERE ${where.join(" AND ")}
         ORDER BY a.at DESC, a.id DESC LIMIT $${params.length}`,
        params,
      );
      const eintraege = rows.slice(0, limit).map(toZeile);
      const letzte = eintraege.at(-1);
      return {
        eintraege,
        naechste: rows.length > limit && letzte ? { at: letzte.at, id: letzte.id } : null,
      };
    },
    async zielPerson(ziel, id) {
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
      const rows = await sql.query<{ p: string | null }>("SELECT kp_audit_ziel_person($1, $2::uuid) AS p", [
        ziel,
        id,
      ]);
      return rows[0]?.p ?? null;
    },
    async akteure() {
      return sql.query<{ id: string; name: string; rolle: Rolle }>(
        "SELECT id, name, rolle FROM mitarbeitende WHERE jobcenter_id = $1 ORDER BY name, id",
        [actor.jobcenterId],
      );
    },
  };
}
