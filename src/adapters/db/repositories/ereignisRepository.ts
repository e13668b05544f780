import type { Clock } from "../../../application/ports";
import type { EreignisRepository } from "../../../application/rechtsfolgen/ports";
import type { Ereignis } from "../../../domain/rechtsfolgen/rechtsfolgenFall";
import type { RechtsfolgenEreignis } from "../../../domain/verbindlichkeit/ereignis";
import type { Sql } from "../database";

interface Row {
  id: string;
  person_id: string;
  art: Ereignis;
  datum: string;
  brief_id: string | null;
  rechtsfolgenbelehrung: boolean;
  wichtiger_grund: boolean;
  haerte: boolean;
  erfuellt_am: string | null;
  beschreibung: string;
  weigerung_erklaert: boolean;
}

const toEreignis = (r: Row): RechtsfolgenEreignis => ({
  id: r.id,
  personId: r.person_id,
  art: r.art,
  datum: r.datum,
  briefId: r.brief_id,
  rechtsfolgenbelehrung: r.rechtsfolgenbelehrung,
  wichtigerGrund: r.wichtiger_grund,
  haerte: r.haerte,
  erfuelltAm: r.erfuellt_am,
  beschreibung: r.beschreibung,
  weigerungErklaert: r.weigerung_erklaert,
});

export function ereignisRepository(
  sql: Sql,
  jobcenterId: string,
  userId: string,
  clock: Clock,
): EreignisRepository {
  return {
    async list(personId) {
      const rows = await sql.query<Row>(
        "SELECT * FROM rechtsfolgen_ereignis WHERE person_id = $1 ORDER BY datum, created_at",
        [personId],
      );
      return rows.map(toEreignis);
    },
    async get(id) {
      const rows = await sql.query<Row>("SELECT * FROM rechtsfolgen_ereignis WHERE id = $1", [id]);
      return rows[0] ? toEreignis(rows[0]) : null;
    },
    async create(personId, e) {
      const rows = await sql.query<Row>(
        `INSERT INTO rechtsfolgen_ereignis (jobcenter_id, person_id, art, datum, brief_id, rechtsfolgenbelehrung,
           wichtiger_grund, haerte, erfuellt_am, beschreibung, weigerung_erklaert, erstellt_von, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
        [
          jobcenterId,
          personId,
          e.art,
          e.datum,
          e.briefId,
          e.rechtsfolgenbelehrung,
          e.wichtigerGrund,
          e.haerte,
          e.erfuelltAm,
          e.beschreibung,
          e.weigerungErklaert,
          userId,
          clock.now(),
        ],
      );
      return toEreignis(rows[0] as Row);
    },
  };
}
