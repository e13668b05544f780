import type { Clock } from "../../../application/ports";
import type { UebersetzungRepository } from "../../../application/portal/ports";
import type { Sql } from "../database";

/** `portal_uebersetzung`: counsellors write (RLS), the recipient reads their own. */
export function portalUebersetzungRepository(
  sql: Sql,
  jobcenterId: string,
  userId: string,
  clock: Clock,
): UebersetzungRepository {
  return {
    async forVersion(planVersionId, sprache) {
      const rows = await sql.query<{ eintrag_id: string; text: string }>(
        `SELECT eintrag_id, text FROM portal_uebersetzung
         WHERE jobcenter_id = $1 AND plan_version_id = $2 AND sprache = $3`,
        [jobcenterId, planVersionId, sprache],
      );
      return Object.fromEntries(rows.map((r) => [r.eintrag_id, r.text]));
    },
    async save(personId, u) {
      await sql.query(
        `INSERT INTO portal_uebersetzung (jobcenter_id, person_id, plan_version_id, eintrag_id, sprache, text, erstellt_von, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (plan_version_id, eintrag_id, sprache) DO UPDATE SET text = EXCLUDED.text`,
        [jobcenterId, personId, u.planVersionId, u.eintragId, u.sprache, u.text, userId, clock.now()],
      );
    },
  };
}
