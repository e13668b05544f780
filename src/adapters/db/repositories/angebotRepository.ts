import type { Clock } from "../../../application/ports";
import type { AngebotDaten, AngebotRepository } from "../../../application/angebote/ports";
import type { Angebot } from "../../../domain/angebote/angebot";
import type { Sql } from "../database";

interface Row {
  id: string;
  typ: Angebot["typ"];
  titel: string;
  beschreibung: string;
  traeger: string;
  bereiche: Angebot["bereiche"];
  restbudget_cent: string | number | null;
  kosten_pro_fall_cent: string | number | null;
  aktiv: boolean;
}

const COLUMNS =
  "id, typ, titel, beschreibung, traeger, bereiche, restbudget_cent, kosten_pro_fall_cent, aktiv";
const cent = (v: string | number | null) => (v === null ? null : Number(v));

const toAngebot = (r: Row): Angebot => ({
  id: r.id,
  typ: r.typ,
  titel: r.titel,
  ...(r.beschreibung && { beschreibung: r.beschreibung }),
  ...(r.traeger && { traeger: r.traeger }),
  bereiche: r.bereiche,
  restbudgetCent: cent(r.restbudget_cent),
  kostenProFallCent: cent(r.kosten_pro_fall_cent),
  aktiv: r.aktiv,
});

const values = (d: AngebotDaten) => [
  d.typ,
  d.titel,
  d.beschreibung ?? "",
  d.traeger ?? "",
  d.bereiche,
  d.restbudgetCent ?? null,
  d.kostenProFallCent ?? null,
  d.aktiv,
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Offers of one jobcentre; row-level security lets only team leads insert and update. */
export function angebotRepository(
  sql: Sql,
  jobcenterId: string,
  userId: string,
  clock: Clock,
): AngebotRepository {
  return {
    async list() {
      const rows = await sql.query<Row>(
        `SELECT ${COLUMNS} FROM angebot WHERE jobcenter_id = $1 ORDER BY aktiv DESC, titel, id`,
        [jobcenterId],
      );
      return rows.map(toAngebot);
    },
    async get(id) {
      if (!UUID.test(id)) return null;
      const rows = await sql.query<Row>(
        `SELECT ${COLUMNS} FROM angebot WHERE jobcenter_id = $1 AND id = $2`,
        [jobcenterId, id],
      );
      return rows[0] ? toAngebot(rows[0]) : null;
    },
    async create(d) {
      const rows = await sql.query<Row>(
        `INSERT INTO angebot (jobcenter_id, typ, titel, beschreibung, traeger, bereiche, restbudget_cent,
           kosten_pro_fall_cent, aktiv, geaendert_von, geaendert_am)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${COLUMNS}`,
        [jobcenterId, ...values(d), userId, clock.now()],
      );
      return toAngebot(rows[0] as Row);
    },
    async update(id, d) {
      const rows = await sql.query<{ id: string }>(
        `UPDATE angebot SET typ = $3, titel = $4, beschreibung = $5, traeger = $6, bereiche = $7,
           restbudget_cent = $8, kosten_pro_fall_cent = $9, aktiv = $10, geaendert_von = $11, geaendert_am = $12
         WHERE jobcenter_id = $1 AND id = $2 RETURNING id`,
        [jobcenterId, id, ...values(d), userId, clock.now()],
      );
      return rows.length === 1;
    },
  };
}
