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
  /** NULL when the reader may not see health data (kp_potenzialanalyse_gesundheit, migration 0011). */
  gesundheitliche_einschraenkung: boolean | null;
  gesundheit_hinweis: string | null;
  weitere_umstaende: string;
  created_at: Date;
}

const SPALTEN = ["id", "person_id", "datum", "staerken", "qualifikationen", "berufserfahrung"]
  .concat(["sprachniveau_deutsch", "weitere_umstaende", "created_at"])
  .map((c) => `pa.${c}`)
  .join(", ");

const toPotenzialanalyse = (r: Row): Potenzialanalyse => ({
  id: r.id,
  personId: r.person_id,
  datum: r.datum,
  staerken: r.staerken,
  qualifikationen: r.qualifikationen,
  berufserfahrung: r.berufserfahrung,
  sprachniveauDeutsch: r.sprachniveau_deutsch,
  ...(r.gesundheitliche_einschraenkung !== null && {
    gesundheitlicheEinschraenkung: r.gesundheitliche_einschraenkung,
  }),
  ...(r.gesundheit_hinweis !== null && { gesundheitHinweis: r.gesundheit_hinweis }),
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
        // The health columns are closed to kp_app; the definer function returns them only to those
        // who may see them (migration 0011), else they stay NULL.
        `SELECT ${SPALTEN}, g.gesundheitliche_einschraenkung, g.gesundheit_hinweis
         FROM potenzialanalyse pa LEFT JOIN kp_potenzialanalyse_gesundheit($1) g ON g.id = pa.id
         WHERE pa.person_id = $1 ORDER BY pa.datum DESC, pa.created_at DESC`,
        [personId],
      );
      return rows.map(toPotenzialanalyse);
    },
    async create(personId, i) {
      const rows = await sql.query<Row>(
        `INSERT INTO potenzialanalyse AS pa (jobcenter_id, person_id, datum, staerken, qualifikationen, berufserfahrung,
           sprachniveau_deutsch, gesundheitliche_einschraenkung, gesundheit_hinweis, weitere_umstaende, erstellt_von, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         RETURNING ${SPALTEN}, $8::boolean AS gesundheitliche_einschraenkung, $9::text AS gesundheit_hinweis`,
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
