import type {
  Clock,
  FaelligeUeberpruefung,
  FallFilter,
  FallZeile,
  PersonRepository,
} from "../../../application/ports";
import { addDays, type IsoDate } from "../../../domain/shared/isoDate";
import { FAELLIG_VORLAUF_TAGE } from "../../../domain/kooperationsplan/ueberpruefung";
import type { Leistungsberechtigte } from "../../../domain/person/leistungsberechtigte";
import type { Sql } from "../database";

interface PersonRow {
  id: string;
  jobcenter_id: string;
  betreuer_id: string;
  vorname: string;
  nachname: string;
  geburtsdatum: string;
  bg_nummer: string;
  email: string;
  telefon: string;
  sprache: Leistungsberechtigte["sprache"];
}

const toPerson = (r: PersonRow): Leistungsberechtigte => ({
  id: r.id,
  jobcenterId: r.jobcenter_id,
  betreuerId: r.betreuer_id,
  vorname: r.vorname,
  nachname: r.nachname,
  geburtsdatum: r.geburtsdatum,
  bgNummer: r.bg_nummer,
  email: r.email,
  telefon: r.telefon,
  sprache: r.sprache,
});

/** SQL condition for a caseload filter; `$2` is today, `$3` the end of the "fällig" window. */
function statusCondition(status: FallFilter["status"]): string {
  switch (status) {
    case "kein_plan":
      return "AND g.ueberpruefung_am IS NULL AND e.id IS NULL";
    case "entwurf":
      // a first draft or a begun review (Fortschreibung) of an agreed plan
      return "AND e.id IS NOT NULL";
    case "faellig":
      return "AND g.ueberpruefung_am BETWEEN $2::date AND $3::date";
    case "ueberfaellig":
      return "AND g.ueberpruefung_am < $2::date";
    case "aktuell":
      return "AND g.ueberpruefung_am > $3::date AND e.id IS NULL";
    default:
      return "";
  }
}

/**
 * `betreuerId`: for a counsellor, the caseload query filters by the assigned counsellor explicitly. Row-level
 * security enforces the same, but its OR-policy cannot use the (jobcenter_id, betreuer_id) index.
 */
export function personRepository(
  sql: Sql,
  jobcenterId: string,
  betreuerId: string | null,
  clock: Clock,
): PersonRepository {
  return {
    async listFaelle(filter, today: IsoDate) {
      const where = `WHERE p.jobcenter_id = $1 ${statusCondition(filter.status)} AND $2::date IS NOT NULL AND $3::date IS NOT NULL
        AND ($5::uuid IS NULL OR p.betreuer_id = $5::uuid)
        AND ($4::text = '' OR lower(p.nachname || ' ' || p.vorname || ' ' || p.bg_nummer) LIKE '%' || lower($4) || '%')`;
      const from = `FROM leistungsberechtigte p
        JOIN mitarbeitende m ON m.id = p.betreuer_id
        LEFT JOIN kooperationsplan k ON k.person_id = p.id
        LEFT JOIN plan_version g ON g.plan_id = k.id AND g.status = 'abgestimmt'
        LEFT JOIN plan_version e ON e.plan_id = k.id AND e.status = 'entwurf'`;
      const params = [
        jobcenterId,
        today,
        addDays(today, FAELLIG_VORLAUF_TAGE),
        filter.suche ?? "",
        betreuerId,
      ];
      const rows = await sql.query<{
        id: string;
        name: string;
        bg_nummer: string;
        plan_id: string | null;
        hat_entwurf: boolean;
        ueberpruefung_am: string | null;
        betreuer_name: string;
        gesamt: number;
      }>(
        `SELECT p.id, p.nachname || ', ' || p.vorname AS name, p.bg_nummer, k.id AS plan_id,
                e.id IS NOT NULL AS hat_entwurf, g.ueberpruefung_am, m.name AS betreuer_name,
                count(*) OVER () AS gesamt
         ${from} ${where}
         ORDER BY g.ueberpruefung_am ASC NULLS FIRST, p.nachname, p.vorname
         LIMIT ${Number(filter.limit)} OFFSET ${Number(filter.offset)}`,
        params,
      );
      const zeilen: FallZeile[] = rows.map((r) => ({
        personId: r.id,
        name: r.name,
        bgNummer: r.bg_nummer,
        planId: r.plan_id,
        hatEntwurf: r.hat_entwurf,
        ueberpruefungAm: r.ueberpruefung_am,
        betreuerName: r.betreuer_name,
      }));
      return { zeilen, gesamt: rows[0]?.gesamt ?? 0 };
    },
    async listFaelligeUeberpruefungen(bis: IsoDate, limit: number) {
      const rows = await sql.query<{
        id: string;
        name: string;
        plan_id: string;
        ueberpruefung_am: string;
        hat_entwurf: boolean;
      }>(
        `SELECT p.id, p.nachname || ', ' || p.vorname AS name, k.id AS plan_id, g.ueberpruefung_am::text AS ueberpruefung_am,
                EXISTS (SELECT 1 FROM plan_version e WHERE e.plan_id = k.id AND e.status = 'entwurf') AS hat_entwurf
         FROM leistungsberechtigte p
         JOIN kooperationsplan k ON k.person_id = p.id AND k.beendet_am IS NULL
         JOIN plan_version g ON g.plan_id = k.id AND g.status = 'abgestimmt'
         WHERE p.jobcenter_id = $1 AND ($2::uuid IS NULL OR p.betreuer_id = $2::uuid)
           AND g.ueberpruefung_am <= $3::date
         ORDER BY g.ueberpruefung_am ASC, p.nachname, p.vorname, p.id
         LIMIT ${Number(limit)}`,
        [jobcenterId, betreuerId, bis],
      );
      return rows.map((r): FaelligeUeberpruefung => ({
        personId: r.id,
        name: r.name,
        planId: r.plan_id,
        ueberpruefungAm: r.ueberpruefung_am,
        hatEntwurf: r.hat_entwurf,
      }));
    },
    async get(id) {
      const rows = await sql.query<PersonRow>("SELECT * FROM leistungsberechtigte WHERE id = $1", [id]);
      return rows[0] ? toPerson(rows[0]) : null;
    },
    async create(input, betreuerId) {
      const rows = await sql.query<PersonRow>(
        `INSERT INTO leistungsberechtigte (jobcenter_id, betreuer_id, vorname, nachname, geburtsdatum, bg_nummer, email, telefon, sprache, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
        [
          jobcenterId,
          betreuerId,
          input.vorname,
          input.nachname,
          input.geburtsdatum,
          input.bgNummer,
          input.email,
          input.telefon,
          input.sprache,
          clock.now(),
        ],
      );
      return toPerson(rows[0] as PersonRow);
    },
  };
}
