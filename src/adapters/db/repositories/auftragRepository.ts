import type { AuftragArt, ErinnerungsLage, PortalAktivitaet } from "../../../domain/erinnerung/planung";
import { toSprache } from "../../../domain/portal/portalSprache";
import { addDays, type IsoDate } from "../../../domain/shared/isoDate";
import type {
  Adressat,
  AdressatQuelle,
  AuftragQueue,
  BeanspruchterAuftrag,
  ErinnerungsQuelle,
} from "../../../application/erinnerung/ports";
import type { Database } from "../database";

/*
 * The job queue and what the planner reads (ADR 0024). All of it runs on the owner connection as
 * maintenance, across jobcentres, never inside a request: `auftrag` has no grant for kp_app.
 */

interface AuftragRow {
  id: string;
  art: AuftragArt;
  jobcenter_id: string;
  empfaenger: "person" | "mitarbeiter";
  person_id: string | null;
  mitarbeiter_id: string | null;
  payload: Record<string, string>;
  versuche: number;
  message_id: string;
}

const toAuftrag = (r: AuftragRow): BeanspruchterAuftrag => ({
  id: r.id,
  art: r.art,
  jobcenterId: r.jobcenter_id,
  empfaenger:
    r.empfaenger === "person"
      ? { art: "person", personId: r.person_id as string }
      : { art: "mitarbeiter", mitarbeiterId: r.mitarbeiter_id as string },
  payload: r.payload,
  versuche: r.versuche,
  messageId: r.message_id,
});

/** `messageDomain`: the right-hand side of the Message-ID `<auftrag-<id>@domain>`. */
export function auftragQueue(db: Database, messageDomain: string): AuftragQueue {
  return {
    async einreihen(auftraege, jetzt) {
      if (auftraege.length === 0) return 0;
      return db.ownerTransaction(async (sql) => {
        let neu = 0;
        for (const a of auftraege) {
          const rows = await sql.query(
            `INSERT INTO auftrag (jobcenter_id, art, schluessel, empfaenger, person_id, mitarbeiter_id, payload,
                                  faellig_am, erstellt_am)
             VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $8)
             ON CONFLICT (schluessel) DO NOTHING RETURNING id`,
            [
              a.jobcenterId,
              a.art,
              a.schluessel,
              a.empfaenger.art,
              a.empfaenger.art === "person" ? a.empfaenger.personId : null,
              a.empfaenger.art === "mitarbeiter" ? a.empfaenger.mitarbeiterId : null,
              JSON.stringify(a.payload),
              jetzt.toISOString(),
            ],
          );
          neu += rows.length;
        }
        return neu;
      });
    },
    async beanspruchen(jetzt, leaseMs) {
      const rows = await db.ownerTransaction((sql) =>
        sql.query<AuftragRow>(
          `UPDATE auftrag SET status = 'in_arbeit', versuche = versuche + 1, beansprucht_bis = $2,
                  message_id = coalesce(message_id, '<auftrag-' || id::text || '@' || $3 || '>')
           WHERE id = (SELECT id FROM auftrag
                       WHERE faellig_am <= $1
                         AND (status = 'geplant' OR (status = 'in_arbeit' AND beansprucht_bis <= $1))
                       ORDER BY faellig_am, id LIMIT 1
                       FOR UPDATE SKIP LOCKED)
           RETURNING id, art, jobcenter_id, empfaenger, person_id, mitarbeiter_id, payload, versuche, message_id`,
          [jetzt.toISOString(), new Date(jetzt.getTime() + leaseMs).toISOString(), messageDomain],
        ),
      );
      return rows[0] ? toAuftrag(rows[0]) : null;
    },
    async markiereGesendet(auftrag, jetzt) {
      const rows = await db.ownerTransaction((sql) =>
        sql.query(
          `UPDATE auftrag SET status = 'gesendet', gesendet_am = $3, beansprucht_bis = NULL, fehler = NULL
           WHERE id = $1 AND status = 'in_arbeit' AND versuche = $2 RETURNING id`,
          [auftrag.id, auftrag.versuche, jetzt.toISOString()],
        ),
      );
      return rows.length === 1;
    },
    async markiereEntfallen(auftrag, grund) {
      await db.ownerTransaction((sql) =>
        sql.query(
          `UPDATE auftrag SET status = 'entfallen', beansprucht_bis = NULL, fehler = $3
           WHERE id = $1 AND status = 'in_arbeit' AND versuche = $2`,
          [auftrag.id, auftrag.versuche, grund],
        ),
      );
    },
    async markiereFehler(auftrag, fehler, naechsterVersuch) {
      await db.ownerTransaction((sql) =>
        sql.query(
          `UPDATE auftrag SET status = CASE WHEN $3::timestamptz IS NULL THEN 'fehlgeschlagen' ELSE 'geplant' END,
                  faellig_am = coalesce($3::timestamptz, faellig_am), beansprucht_bis = NULL, fehler = left($4, 500)
           WHERE id = $1 AND status = 'in_arbeit' AND versuche = $2`,
          [auftrag.id, auftrag.versuche, naechsterVersuch?.toISOString() ?? null, fehler],
        ),
      );
    },
  };
}

/** Portal activity of the last day before today is still planned (a planner that was down catches up). */
const AKTIVITAET_TAGE = 1;

export function erinnerungsQuelle(db: Database): ErinnerungsQuelle {
  return {
    lage: (heute: IsoDate) =>
      db.ownerTransaction(async (sql): Promise<ErinnerungsLage> => {
        const plaene = await sql.query<{
          jobcenter_id: string;
          plan_id: string;
          person_id: string;
          betreuer_id: string;
          ueberpruefung_am: string;
          fristen: string[] | null;
          erinnerungen: boolean;
        }>(
          `SELECT p.jobcenter_id, k.id AS plan_id, p.id AS person_id, p.betreuer_id,
                  g.ueberpruefung_am::text AS ueberpruefung_am,
                  (SELECT array_agg(s.e->>'frist') FROM jsonb_array_elements(g.inhalt->'schritte') AS s(e)
                   WHERE coalesce(s.e->>'frist', '') <> '') AS fristen,
                  coalesce((SELECT pk.erinnerungen_an AND pk.aktiv FROM portal_konto pk WHERE pk.person_id = p.id), false)
                    AS erinnerungen
           FROM leistungsberechtigte p
           JOIN kooperationsplan k ON k.person_id = p.id AND k.beendet_am IS NULL
           JOIN plan_version g ON g.plan_id = k.id AND g.status = 'abgestimmt'
           ORDER BY k.id`,
        );
        const seit = addDays(heute, -AKTIVITAET_TAGE);
        const aktivitaeten = await sql.query<{
          jobcenter_id: string;
          art: PortalAktivitaet["art"];
          id: string;
          person_id: string;
          betreuer_id: string;
        }>(
          `SELECT a.jobcenter_id, a.art, a.id, a.person_id, p.betreuer_id
           FROM (SELECT jobcenter_id, 'meldung' AS art, id, person_id, gemeldet_am AS am FROM portal_schritt_status
                 UNION ALL SELECT jobcenter_id, 'nachweis', id, person_id, hochgeladen_am FROM portal_nachweis
                 UNION ALL SELECT jobcenter_id, 'vorschlag', id, person_id, eingereicht_am FROM portal_vorschlag) a
           JOIN leistungsberechtigte p ON p.id = a.person_id
           WHERE (a.am AT TIME ZONE 'Europe/Berlin')::date >= $1::date
           ORDER BY a.am, a.id`,
          [seit],
        );
        return {
          heute,
          plaene: plaene.map((r) => ({
            jobcenterId: r.jobcenter_id,
            planId: r.plan_id,
            personId: r.person_id,
            betreuerId: r.betreuer_id,
            ueberpruefungAm: r.ueberpruefung_am,
            fristen: r.fristen ?? [],
            personErinnerungen: r.erinnerungen,
          })),
          aktivitaeten: aktivitaeten.map((r) => ({
            jobcenterId: r.jobcenter_id,
            art: r.art,
            id: r.id,
            personId: r.person_id,
            betreuerId: r.betreuer_id,
          })),
        };
      }),
  };
}

export function adressatQuelle(db: Database): AdressatQuelle {
  return {
    finde: (auftrag) =>
      db.ownerTransaction(async (sql): Promise<Adressat | null> => {
        if (auftrag.empfaenger.art === "person") {
          const rows = await sql.query<{ email: string; sprache: string }>(
            `SELECT k.erinnerung_email AS email, p.sprache FROM portal_konto k
             JOIN leistungsberechtigte p ON p.id = k.person_id
             WHERE k.person_id = $1 AND k.aktiv AND k.erinnerungen_an AND k.erinnerung_email IS NOT NULL`,
            [auftrag.empfaenger.personId],
          );
          const r = rows[0];
          return r ? { art: "person", email: r.email, sprache: toSprache(r.sprache) ?? "de" } : null;
        }
        const rows = await sql.query<{ email: string; bg_nummer: string | null }>(
          `SELECT m.email, (SELECT p.bg_nummer FROM leistungsberechtigte p WHERE p.id = $2::uuid) AS bg_nummer
           FROM mitarbeitende m WHERE m.id = $1 AND m.aktiv AND m.email <> ''`,
          [auftrag.empfaenger.mitarbeiterId, auftrag.payload.personId ?? null],
        );
        const r = rows[0];
        return r ? { art: "mitarbeiter", email: r.email, bgNummer: r.bg_nummer } : null;
      }),
  };
}
