import type { Clock } from "../../../application/ports";
import type { BriefRepository } from "../../../application/rechtsfolgen/ports";
import type { Rechtsstand } from "../../../domain/rechtsstand/rechtsstandAm";
import type { Brief, BriefArt, BriefStatus } from "../../../domain/verbindlichkeit/brief";
import type { Sql } from "../database";

interface Row {
  id: string;
  person_id: string;
  art: BriefArt;
  rechtsstand: Rechtsstand;
  plan_version_id: string | null;
  plan_id: string | null;
  plan_nummer: number | null;
  schritt_id: string | null;
  datum: string;
  schritt_text: string;
  frist: string | null;
  nachweis: string;
  rechtsfolgen_text: string;
  rechtsbehelf_text: string;
  mit_rechtsfolgenbelehrung: boolean;
  erste_einladung: boolean;
  termin_ort: string;
  status: BriefStatus;
  versandt_am: string | null;
  created_at: Date;
}

const toBrief = (r: Row): Brief => ({
  id: r.id,
  personId: r.person_id,
  art: r.art,
  rechtsstand: r.rechtsstand,
  planVersionId: r.plan_version_id,
  planId: r.plan_id,
  planVersionNummer: r.plan_nummer,
  schrittId: r.schritt_id,
  datum: r.datum,
  schrittText: r.schritt_text,
  frist: r.frist,
  nachweis: r.nachweis,
  rechtsfolgenText: r.rechtsfolgen_text,
  rechtsbehelfText: r.rechtsbehelf_text,
  mitRechtsfolgenbelehrung: r.mit_rechtsfolgenbelehrung,
  ersteEinladung: r.erste_einladung,
  terminOrt: r.termin_ort,
  status: r.status,
  versandtAm: r.versandt_am,
  erstelltAm: new Date(r.created_at).toISOString(),
});

const SELECT = `SELECT b.*, v.plan_id, v.nummer AS plan_nummer
  FROM brief b LEFT JOIN plan_version v ON v.id = b.plan_version_id`;

export function briefRepository(
  sql: Sql,
  jobcenterId: string,
  userId: string,
  clock: Clock,
): BriefRepository {
  return {
    async list(personId) {
      const rows = await sql.query<Row>(`${SELECT} WHERE b.person_id = $1 ORDER BY b.datum, b.created_at`, [
        personId,
      ]);
      return rows.map(toBrief);
    },
    async get(id) {
      const rows = await sql.query<Row>(`${SELECT} WHERE b.id = $1`, [id]);
      return rows[0] ? toBrief(rows[0]) : null;
    },
    async create(personId, b) {
      const rows = await sql.query<{ id: string }>(
        `INSERT INTO brief (jobcenter_id, person_id, art, rechtsstand, plan_version_id, schritt_id, datum, schritt_text,
           frist, nachweis, rechtsfolgen_text, rechtsbehelf_text, mit_rechtsfolgenbelehrung, erste_einladung, termin_ort,
           erstellt_von, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
        [
          jobcenterId,
          personId,
          b.art,
          b.rechtsstand,
          b.planVersionId,
          b.schrittId,
          b.datum,
          b.schrittText,
          b.frist,
          b.nachweis,
          b.rechtsfolgenText,
          b.rechtsbehelfText,
          b.mitRechtsfolgenbelehrung,
          b.ersteEinladung,
          b.terminOrt,
          userId,
          clock.now(),
        ],
      );
      const rows2 = await sql.query<Row>(`${SELECT} WHERE b.id = $1`, [(rows[0] as { id: string }).id]);
      return toBrief(rows2[0] as Row);
    },
    async markVersandt(id, am) {
      const rows = await sql.query(
        `UPDATE brief SET status = 'versandt', versandt_am = $2, versandt_von = $3
         WHERE id = $1 AND status = 'entwurf' RETURNING id`,
        [id, am, userId],
      );
      return rows.length === 1;
    },
  };
}
