import type { Clock } from "../../../application/ports";
import type { SchlichtungRepository } from "../../../application/rechtsfolgen/ports";
import type { Beendigung, Schlichtung } from "../../../domain/verbindlichkeit/schlichtung";
import type { Sql } from "../database";

interface Row {
  id: string;
  person_id: string;
  beantragt_von: Schlichtung["beantragtVon"];
  schlichter_name: string;
  beginn: string;
  spaetestes_ende: string;
  beendet_am: string | null;
  beendigung: Beendigung | null;
  ergebnis: string;
}

const toSchlichtung = (r: Row): Schlichtung => ({
  id: r.id,
  personId: r.person_id,
  beantragtVon: r.beantragt_von,
  schlichterName: r.schlichter_name,
  beginn: r.beginn,
  spaetestesEnde: r.spaetestes_ende,
  beendetAm: r.beendet_am,
  beendigung: r.beendigung,
  ergebnis: r.ergebnis,
});

export function schlichtungRepository(
  sql: Sql,
  jobcenterId: string,
  userId: string,
  clock: Clock,
): SchlichtungRepository {
  return {
    async list(personId) {
      const rows = await sql.query<Row>("SELECT * FROM schlichtung WHERE person_id = $1 ORDER BY beginn", [
        personId,
      ]);
      return rows.map(toSchlichtung);
    },
    async get(id) {
      const rows = await sql.query<Row>("SELECT * FROM schlichtung WHERE id = $1", [id]);
      return rows[0] ? toSchlichtung(rows[0]) : null;
    },
    async create(personId, input, spaetestesEnde) {
      const rows = await sql.query<Row>(
        `INSERT INTO schlichtung (jobcenter_id, person_id, beantragt_von, schlichter_name, beginn, spaetestes_ende, erstellt_von, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
        [
          jobcenterId,
          personId,
          input.beantragtVon,
          input.schlichterName,
          input.beginn,
          spaetestesEnde,
          userId,
          clock.now(),
        ],
      );
      return toSchlichtung(rows[0] as Row);
    },
    async end(id, am, beendigung, ergebnis) {
      const rows = await sql.query<Row>(
        "UPDATE schlichtung SET beendet_am = $2, beendigung = $3, ergebnis = $4 WHERE id = $1 RETURNING *",
        [id, am, beendigung, ergebnis],
      );
      return toSchlichtung(rows[0] as Row);
    },
  };
}
