import type { Clock, Terminvermerk, TerminvermerkRepository } from "../../../application/ports";
import type { Sql } from "../database";

interface Row {
  id: string;
  datum: string;
  grund: Terminvermerk["grund"];
  bemerkung: string;
  created_at: Date;
}

const toVermerk = (r: Row): Terminvermerk => ({
  id: r.id,
  datum: r.datum,
  grund: r.grund,
  bemerkung: r.bemerkung,
  erstelltAm: new Date(r.created_at).toISOString(),
});

export function terminvermerkRepository(
  sql: Sql,
  jobcenterId: string,
  userId: string,
  clock: Clock,
): TerminvermerkRepository {
  return {
    async list(personId) {
      const rows = await sql.query<Row>(
        "SELECT * FROM terminvermerk WHERE person_id = $1 ORDER BY datum DESC",
        [personId],
      );
      return rows.map(toVermerk);
    },
    async create(personId, input) {
      const rows = await sql.query<Row>(
        `INSERT INTO terminvermerk (jobcenter_id, person_id, datum, grund, bemerkung, erstellt_von, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [jobcenterId, personId, input.datum, input.grund, input.bemerkung, userId, clock.now()],
      );
      return toVermerk(rows[0] as Row);
    },
  };
}
