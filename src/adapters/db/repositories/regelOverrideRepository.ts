import type { Clock } from "../../../application/ports";
import type { RegelOverride, RegelOverrideRepository } from "../../../application/rechtsfolgen/ports";
import type { RegelBereich } from "../../../domain/rechtsfolgen/regelConfig";
import type { Sql } from "../database";

interface Row {
  bereich: RegelBereich;
  parameter: string;
  wert: unknown;
  grund: string;
  geaendert_von: string | null;
  geaendert_am: Date;
}

/** Append-only history of rule corrections of one jobcentre; the latest row per parameter counts. */
export function regelOverrideRepository(
  sql: Sql,
  jobcenterId: string,
  userId: string,
  clock: Clock,
): RegelOverrideRepository {
  return {
    async listAktuell() {
      const rows = await sql.query<Row>(
        `SELECT DISTINCT ON (bereich, parameter) bereich, parameter, wert, grund, geaendert_von, geaendert_am
         FROM regel_override WHERE jobcenter_id = $1
         ORDER BY bereich, parameter, geaendert_am DESC, id`,
        [jobcenterId],
      );
      return rows.map((r): RegelOverride => ({
        bereich: r.bereich,
        parameter: r.parameter,
        wert: r.wert,
        grund: r.grund,
        geaendertVon: r.geaendert_von,
        geaendertAm: new Date(r.geaendert_am).toISOString(),
      }));
    },
    async record(bereich, parameter, wert, grund) {
      await sql.query(
        `INSERT INTO regel_override (jobcenter_id, bereich, parameter, wert, grund, geaendert_von, geaendert_am)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          jobcenterId,
          bereich,
          parameter,
          wert === null ? null : JSON.stringify(wert),
          grund,
          userId,
          clock.now(),
        ],
      );
    },
  };
}
