import type { Clock, PotenzialanalyseRepository } from "../../../application/ports";
import type { Potenzialanalyse, Sprachniveau } from "../../../domain/potenzialanalyse/potenzialanalyse";
import type { Sql } from "../database";

interface Row {
  id: string;
  person_id: string;
  datum: string;
  staerken: string;
  qualifikationen: string;
  berufserfahrung: string;
  sprachniveau_deutsch: Sprachniveau;
  gesundheitliche_einschraenkung: boolean;
  gesundheit_hinweis: string;
  weitere_umstaende: string;
  created_at: Date;
}

const toPotenzialanalyse = (r: Row): Potenzialanalyse => ({
  id: r.id,
  personId: r.person_id,
  datum: r.datum,
  staerken: r.staerken,
  qualifikationen: r.qualifikationen,
  berufserfahrung: r.berufserfahrung,
  sprachniveauDeutsch: r.sprachniveau_deutsch,
  gesundheitlicheEinschraenkung: r.gesundheitliche_einschraenkung,
  gesundheitHinweis: r.gesundheit_hinweis,
  weitereUmstaende: r.weitere_umstaende,
  erstelltAm: new Date(r.created_at).toISOString(),
});

export function potenzialanalyseRepository(
  sql: Sql,
  jobcenterId: string,
  userId: string,
  clock: Clock,
): PotenzialanalyseRepository {
  return {
    async list(personId) {
      const rows = await sql.query<Row>(
        "SELECT * FROM potenzialanalyse WHERE person_id = $1 ORDER BY datum DESC, created_at DESC",
        [personId],
      );
      return rows.map(toPotenzialanalyse);
    },
    async create(personId, i) {
      const rows = await sql.query<Row>(
        `INSERT INTO potenzialanalyse (jobcenter_id, person_id, datum, staerken, qualifikationen, berufserfahrung,
           sprachniveau_deutsch, gesundheitliche_einschraenkung, gesundheit_hinweis, weitere_umstaende, erstellt_von, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
        [
          jobcenterId,
          personId,
          i.datum,
          i.staerken,
          i.qualifikationen,
          i.berufserfahrung,
          i.sprachniveauDeutsch,
          i.gesundheitlicheEinschraenkung,
          i.gesundheitHinweis,
          i.weitereUmstaende,
          userId,
          clock.now(),
        ],
      );
      return toPotenzialanalyse(rows[0] as Row);
    },
  };
}
