import type { Clock } from "../../../application/ports";
import type { EntscheidungRepository } from "../../../application/rechtsfolgen/ports";
import { RechtsfolgenErgebnisSchema } from "../../../domain/rechtsfolgen/rechtsfolgenErgebnis";
import { GespeicherterFallSchema } from "../../../domain/rechtsfolgen/rechtsfolgenFall";
import type { RechtsfolgenEntscheidung } from "../../../domain/verbindlichkeit/entscheidung";
import type { Sql } from "../database";

interface Row {
  id: string;
  person_id: string;
  ereignis_id: string;
  entscheidung: RechtsfolgenEntscheidung["entscheidung"];
  feststellung_am: string;
  eingabe: unknown;
  vorschlag: unknown;
  begruendung: string;
  u25_angebot_am: string | null;
  created_at: Date;
}

const toEntscheidung = (r: Row): RechtsfolgenEntscheidung & { personId: string } => ({
  id: r.id,
  personId: r.person_id,
  ereignisId: r.ereignis_id,
  entscheidung: r.entscheidung,
  feststellungAm: r.feststellung_am,
  eingabe: GespeicherterFallSchema.parse(r.eingabe),
  vorschlag: RechtsfolgenErgebnisSchema.parse(r.vorschlag),
  begruendung: r.begruendung,
  u25AngebotAm: r.u25_angebot_am,
  erstelltAm: new Date(r.created_at).toISOString(),
});

export function entscheidungRepository(
  sql: Sql,
  jobcenterId: string,
  userId: string,
  clock: Clock,
): EntscheidungRepository {
  return {
    async listForPerson(personId) {
      const rows = await sql.query<Row>(
        "SELECT * FROM rechtsfolgen_entscheidung WHERE person_id = $1 ORDER BY feststellung_am, created_at",
        [personId],
      );
      return rows.map(toEntscheidung);
    },
    async get(id) {
      const rows = await sql.query<Row>("SELECT * FROM rechtsfolgen_entscheidung WHERE id = $1", [id]);
      return rows[0] ? toEntscheidung(rows[0]) : null;
    },
    async create(personId, e) {
      const rows = await sql.query<Row>(
        `INSERT INTO rechtsfolgen_entscheidung (jobcenter_id, person_id, ereignis_id, entscheidung, feststellung_am,
           eingabe, vorschlag, begruendung, erstellt_von, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
        [
          jobcenterId,
          personId,
          e.ereignisId,
          e.entscheidung,
          e.feststellungAm,
          JSON.stringify(e.eingabe),
          JSON.stringify(e.vorschlag),
          e.begruendung,
          userId,
          clock.now(),
        ],
      );
      return toEntscheidung(rows[0] as Row);
    },
    async recordU25Angebot(id, am) {
      await sql.query("UPDATE rechtsfolgen_entscheidung SET u25_angebot_am = $2 WHERE id = $1", [id, am]);
    },
  };
}
