import { createHash } from "node:crypto";
import { nachweisDateiname, sichererAnzeigetext } from "../../../domain/portal/nachweis";
import { berlinDate } from "../../../domain/shared/isoDate";
import type { BeteiligungRepository, NachweisInfo, Vorschlag } from "../../../application/portal/ports";
import type { Sql } from "../database";

/** Who writes: the recipient's account and person (null for staff, who only read and decide). */
export interface BeteiligungKontext {
  jobcenterId: string;
  userId: string;
  personId: string | null;
  kontoId: string | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();

const NACHWEIS_SPALTEN =
  "id, person_id, plan_version_id, dateiname, beschreibung, mime_typ, groesse, sha256, status, hochgeladen_am, gesehen_am";

interface NachweisRow {
  id: string;
  person_id: string;
  plan_version_id: string | null;
  dateiname: string;
  beschreibung: string;
  mime_typ: NachweisInfo["mimeTyp"];
  groesse: number;
  sha256: string;
  status: NachweisInfo["status"];
  hochgeladen_am: Date;
  gesehen_am: Date | null;
}

/** Name and description as shown and served: the server's name, the description without controls (also for older rows). */
const toNachweis = (r: NachweisRow): NachweisInfo => ({
  id: r.id,
  dateiname: nachweisDateiname(r.mime_typ, berlinDate(new Date(r.hochgeladen_am))),
  beschreibung: sichererAnzeigetext(r.beschreibung),
  mimeTyp: r.mime_typ,
  groesse: r.groesse,
  sha256: r.sha256,
  status: r.status,
  hochgeladenAm: iso(r.hochgeladen_am),
  gesehenAm: r.gesehen_am ? iso(r.gesehen_am) : null,
  planVersionId: r.plan_version_id,
});

interface VorschlagRow {
  id: string;
  person_id: string;
  art: Vorschlag["art"];
  text: string;
  status: Vorschlag["status"];
  ergebnis: string;
  eingereicht_am: Date;
  entschieden_am: Date | null;
  uebernommen_in: number | null;
}

const toVorschlag = (r: VorschlagRow): Vorschlag => ({
  id: r.id,
  personId: r.person_id,
  art: r.art,
  text: r.text,
  status: r.status,
  ergebnis: r.ergebnis,
  eingereichtAm: iso(r.eingereicht_am),
  entschiedenAm: r.entschieden_am ? iso(r.entschieden_am) : null,
  uebernommenIn: r.uebernommen_in,
});

export function portalBeteiligungRepository(sql: Sql, k: BeteiligungKontext): BeteiligungRepository {
  const eigen = [k.jobcenterId, k.personId, k.kontoId];
  return {
    async listEmpfaenge(personId) {
      const rows = await sql.query<{ plan_version_id: string; bestaetigt_am: Date }>(
        "SELECT plan_version_id, bestaetigt_am FROM portal_empfang WHERE jobcenter_id = $1 AND person_id = $2",
        [k.jobcenterId, personId],
      );
      return rows.map((r) => ({ planVersionId: r.plan_version_id, bestaetigtAm: iso(r.bestaetigt_am) }));
    },
    async addEmpfang(planVersionId, at) {
      const rows = await sql.query(
        `INSERT INTO portal_empfang (jobcenter_id, person_id, konto_id, plan_version_id, bestaetigt_am)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (plan_version_id) DO NOTHING RETURNING id`,
        [...eigen, planVersionId, at],
      );
      return rows.length > 0;
    },
    async listSchrittStatus(personId) {
      const rows = await sql.query<{
        plan_version_id: string;
        eintrag_id: string;
        status: "erledigt" | "problem";
        grund: string;
        gemeldet_am: Date;
      }>(
        `SELECT plan_version_id, eintrag_id, status, grund, gemeldet_am FROM portal_schritt_status
         WHERE jobcenter_id = $1 AND person_id = $2 ORDER BY gemeldet_am DESC`,
        [k.jobcenterId, personId],
      );
      return rows.map((r) => ({
        planVersionId: r.plan_version_id,
        eintragId: r.eintrag_id,
        status: r.status,
        grund: r.grund,
        gemeldetAm: iso(r.gemeldet_am),
      }));
    },
    async addSchrittStatus(e, at) {
      await sql.query(
        `INSERT INTO portal_schritt_status (jobcenter_id, person_id, konto_id, plan_version_id, eintrag_id, status, grund, gemeldet_am)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [...eigen, e.planVersionId, e.eintragId, e.status, e.grund, at],
      );
    },
    async listBewerbungen(personId) {
      const rows = await sql.query<{
        id: string;
        arbeitgeber: string;
        stelle: string;
        datum: string;
        kanal: "online";
        ergebnis: "offen";
        erfasst_am: Date;
      }>(
        `SELECT id, arbeitgeber, stelle, datum::text AS datum, kanal, ergebnis, erfasst_am FROM portal_bewerbung
         WHERE jobcenter_id = $1 AND person_id = $2 ORDER BY datum DESC, erfasst_am DESC`,
        [k.jobcenterId, personId],
      );
      return rows.map((r) => ({ ...r, erfasstAm: iso(r.erfasst_am) }));
    },
    async addBewerbung(b, at) {
      const rows = await sql.query<{ id: string }>(
        `INSERT INTO portal_bewerbung (jobcenter_id, person_id, konto_id, arbeitgeber, stelle, datum, kanal, ergebnis, erfasst_am)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [...eigen, b.arbeitgeber, b.stelle, b.datum, b.kanal, b.ergebnis, at],
      );
      return (rows[0] as { id: string }).id;
    },
    async listNachweise(personId) {
      const rows = await sql.query<NachweisRow>(
        `SELECT ${NACHWEIS_SPALTEN} FROM portal_nachweis WHERE jobcenter_id = $1 AND person_id = $2
         ORDER BY hochgeladen_am DESC`,
        [k.jobcenterId, personId],
      );
      return rows.map(toNachweis);
    },
    async addNachweis(n, at) {
      const rows = await sql.query<{ id: string }>(
        `INSERT INTO portal_nachweis (jobcenter_id, person_id, konto_id, plan_version_id, dateiname, beschreibung, mime_typ, groesse, sha256, inhalt, hochgeladen_am)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          ...eigen,
          n.planVersionId,
          n.dateiname,
          n.beschreibung,
          n.mimeTyp,
          n.inhalt.byteLength,
          n.sha256,
          n.inhalt,
          at,
        ],
      );
      return (rows[0] as { id: string }).id;
    },
    async getNachweis(id) {
      const rows = await sql.query<NachweisRow & { inhalt: Uint8Array }>(
        `SELECT ${NACHWEIS_SPALTEN}, inhalt FROM portal_nachweis WHERE jobcenter_id = $1 AND id = $2`,
        [k.jobcenterId, id],
      );
      const r = rows[0];
      if (!r) return null;
      const inhalt = new Uint8Array(r.inhalt);
      // The hash is checked on every read: bytes changed below the application are never served.
      const unversehrt = createHash("sha256").update(inhalt).digest("hex") === r.sha256;
      return { ...toNachweis(r), personId: r.person_id, inhalt, unversehrt };
    },
    async markNachweisGesehen(id, at) {
      const rows = await sql.query(
        "UPDATE portal_nachweis SET status = 'gesehen', gesehen_am = $3 WHERE jobcenter_id = $1 AND id = $2 RETURNING id",
        [k.jobcenterId, id, at],
      );
      return rows.length > 0;
    },
    async listVorschlaege(personId) {
      const rows = await sql.query<VorschlagRow>(
        `SELECT * FROM portal_vorschlag WHERE jobcenter_id = $1 AND person_id = $2 ORDER BY eingereicht_am DESC`,
        [k.jobcenterId, personId],
      );
      return rows.map(toVorschlag);
    },
    async addVorschlag(art, text, at) {
      const rows = await sql.query<{ id: string }>(
        `INSERT INTO portal_vorschlag (jobcenter_id, person_id, konto_id, art, text, eingereicht_am)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [...eigen, art, text, at],
      );
      return (rows[0] as { id: string }).id;
    },
    async getVorschlag(id) {
      const rows = await sql.query<VorschlagRow>(
        "SELECT * FROM portal_vorschlag WHERE jobcenter_id = $1 AND id = $2",
        [k.jobcenterId, id],
      );
      return rows[0] ? toVorschlag(rows[0]) : null;
    },
    async decideVorschlag(id, e, at) {
      const rows = await sql.query(
        `UPDATE portal_vorschlag SET status = $3, ergebnis = $4, uebernommen_in = $5, entschieden_am = $6, entschieden_von = $7
         WHERE jobcenter_id = $1 AND id = $2 AND status = 'offen' RETURNING id`,
        [k.jobcenterId, id, e.status, e.ergebnis, e.uebernommenIn, at, k.userId],
      );
      return rows.length > 0;
    },
  };
}
