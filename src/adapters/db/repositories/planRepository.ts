import type { Clock, PlanAkte, PlanRepository } from "../../../application/ports";
import type { BeendigungGrund } from "../../../domain/kooperationsplan/beendigung";
import { PlanInhaltSchema } from "../../../domain/kooperationsplan/planInhalt";
import type {
  PlanVersion,
  UebergabeKanal,
  VersionStatus,
} from "../../../domain/kooperationsplan/planVersion";
import type { Rechtsstand } from "../../../domain/rechtsstand/rechtsstandAm";
import type { Sql } from "../database";

interface VersionRow {
  id: string;
  plan_id: string;
  person_id: string;
  nummer: number;
  status: VersionStatus;
  inhalt: unknown;
  rechtsstand: Rechtsstand;
  abgestimmt_am: string | null;
  uebergabe_kanal: UebergabeKanal | null;
  ueberpruefung_am: string | null;
  rueckdatierung_grund: string | null;
  lock_version: number;
  created_at: Date;
  updated_at: Date;
}

const toVersion = (r: VersionRow): PlanVersion => ({
  id: r.id,
  planId: r.plan_id,
  nummer: r.nummer,
  status: r.status,
  inhalt: PlanInhaltSchema.parse(r.inhalt),
  rechtsstand: r.rechtsstand,
  abstimmung:
    r.abgestimmt_am && r.uebergabe_kanal && r.ueberpruefung_am
      ? {
          am: r.abgestimmt_am,
          kanal: r.uebergabe_kanal,
          ueberpruefungAm: r.ueberpruefung_am,
          ...(r.rueckdatierung_grund ? { rueckdatierungGrund: r.rueckdatierung_grund } : {}),
        }
      : null,
  lockVersion: r.lock_version,
  erstelltAm: new Date(r.created_at).toISOString(),
  geaendertAm: new Date(r.updated_at).toISOString(),
});

export function planRepository(sql: Sql, jobcenterId: string, userId: string, clock: Clock): PlanRepository {
  async function akte(where: string, id: string): Promise<PlanAkte | null> {
    const plans = await sql.query<{
      id: string;
      person_id: string;
      beendet_am: string | null;
      beendet_grund: BeendigungGrund | null;
    }>(
      `SELECT id, person_id, beendet_am::text AS beendet_am, beendet_grund FROM kooperationsplan WHERE ${where} = $1`,
      [id],
    );
    const plan = plans[0];
    if (!plan) return null;
    const rows = await sql.query<VersionRow>(
      "SELECT * FROM plan_version WHERE plan_id = $1 ORDER BY nummer DESC",
      [plan.id],
    );
    return {
      planId: plan.id,
      personId: plan.person_id,
      versionen: rows.map(toVersion),
      beendet:
        plan.beendet_am && plan.beendet_grund ? { am: plan.beendet_am, grund: plan.beendet_grund } : null,
    };
  }
  return {
    findByPerson: (personId) => akte("person_id", personId),
    findById: (planId) => akte("id", planId),
    async createPlan(personId) {
      const rows = await sql.query<{ id: string }>(
        "INSERT INTO kooperationsplan (jobcenter_id, person_id, created_at) VALUES ($1, $2, $3) RETURNING id",
        [jobcenterId, personId, clock.now()],
      );
      return (rows[0] as { id: string }).id;
    },
    async insertVersion(personId, v) {
      const rows = await sql.query<VersionRow>(
        `INSERT INTO plan_version (jobcenter_id, plan_id, person_id, nummer, status, inhalt, rechtsstand, lock_version, erstellt_von, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING *`,
        [
          jobcenterId,
          v.planId,
          personId,
          v.nummer,
          v.status,
          JSON.stringify(v.inhalt),
          v.rechtsstand,
          v.lockVersion,
          userId,
          clock.now(),
        ],
      );
      return toVersion(rows[0] as VersionRow);
    },
    async updateVersion(v, expectedLockVersion) {
      const rows = await sql.query(
        `UPDATE plan_version SET status = $3, inhalt = $4, rechtsstand = $5, abgestimmt_am = $6, uebergabe_kanal = $7,
                ueberpruefung_am = $8, lock_version = $9, rueckdatierung_grund = $10, updated_at = $11
         WHERE id = $1 AND lock_version = $2 RETURNING id`,
        [
          v.id,
          expectedLockVersion,
          v.status,
          JSON.stringify(v.inhalt),
          v.rechtsstand,
          v.abstimmung?.am ?? null,
          v.abstimmung?.kanal ?? null,
          v.abstimmung?.ueberpruefungAm ?? null,
          v.lockVersion,
          v.abstimmung?.rueckdatierungGrund ?? null,
          clock.now(),
        ],
      );
      return rows.length === 1;
    },
    async markErsetzt(versionId) {
      await sql.query(
        "UPDATE plan_version SET status = 'ersetzt', updated_at = $2 WHERE id = $1 AND status = 'abgestimmt'",
        [versionId, clock.now()],
      );
    },
    async deleteEntwurf(versionId, expectedLockVersion) {
      const rows = await sql.query(
        "DELETE FROM plan_version WHERE id = $1 AND status = 'entwurf' AND lock_version = $2 RETURNING id",
        [versionId, expectedLockVersion],
      );
      return rows.length === 1;
    },
    async beenden(planId, b) {
      const rows = await sql.query(
        `UPDATE kooperationsplan SET beendet_am = $3, beendet_grund = $4, beendet_von = $5, beendet_erfasst_am = $6
         WHERE jobcenter_id = $1 AND id = $2 AND beendet_am IS NULL RETURNING id`,
        [jobcenterId, planId, b.am, b.grund, userId, clock.now()],
      );
      return rows.length === 1;
    },
  };
}
