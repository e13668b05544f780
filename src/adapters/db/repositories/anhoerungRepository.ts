import type { Clock } from "../../../application/ports";
import type { AnhoerungRepository } from "../../../application/rechtsfolgen/ports";
import type { Anhoerung } from "../../../domain/verbindlichkeit/anhoerung";
import type { Sql } from "../database";

interface Row {
  id: string;
  ereignis_id: string;
  am: string;
  form: Anhoerung["form"];
  persoenlich_verlangt: boolean;
  wichtiger_grund: boolean;
  haerte: boolean;
  ergebnis: string;
}

const toAnhoerung = (r: Row): Anhoerung => ({
  id: r.id,
  ereignisId: r.ereignis_id,
  am: r.am,
  form: r.form,
  persoenlichVerlangt: r.persoenlich_verlangt,
  wichtigerGrund: r.wichtiger_grund,
  haerte: r.haerte,
  ergebnis: r.ergebnis,
});

export function anhoerungRepository(
  sql: Sql,
  jobcenterId: string,
  userId: string,
  clock: Clock,
): AnhoerungRepository {
  return {
    async listForPerson(personId) {
      const rows = await sql.query<Row>(
        "SELECT * FROM anhoerung WHERE person_id = $1 ORDER BY am, created_at",
        [personId],
      );
      return rows.map(toAnhoerung);
    },
    async create(personId, ereignisId, a) {
      const rows = await sql.query<Row>(
        `INSERT INTO anhoerung (jobcenter_id, person_id, ereignis_id, am, form, persoenlich_verlangt, wichtiger_grund,
           haerte, ergebnis, erstellt_von, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
        [
          jobcenterId,
          personId,
          ereignisId,
          a.am,
          a.form,
          a.persoenlichVerlangt,
          a.wichtigerGrund,
          a.haerte,
          a.ergebnis,
          userId,
          clock.now(),
        ],
      );
      return toAnhoerung(rows[0] as Row);
    },
  };
}
