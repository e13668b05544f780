import type { PortalAkteur, PortalRepositories } from "../../../application/portal/ports";
import type { AuditEintrag, Clock } from "../../../application/ports";
import type { Sql } from "../database";
import { personRepository } from "./personRepository";
import { planRepository } from "./planRepository";
import { portalBeteiligungRepository } from "./portalBeteiligungRepository";
import { portalKontoRepository } from "./portalKontoRepository";
import { portalUebersetzungRepository } from "./portalUebersetzungRepository";
import { stammdatenRepository } from "./stammdatenRepository";

/** Who acts: a recipient (`personId` set, `rolle` 'leistungsberechtigte') or a member of staff. */
export interface PortalKontext {
  jobcenterId: string;
  userId: string;
  rolle: string;
  personId: string | null;
}

/** Sets `app.person_id` for the recipient's row-level security context (after `applyContext`). */
export async function applyPersonContext(sql: Sql, personId: string): Promise<void> {
  await sql.query("SELECT set_config('app.person_id', $1, true)", [personId]);
}

function audit(sql: Sql, k: PortalKontext, clock: Clock) {
  return {
    async record(e: AuditEintrag) {
      await sql.query(
        `INSERT INTO audit_log (jobcenter_id, akteur_id, akteur_rolle, aktion, objekt, objekt_id, person_id, details, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          k.jobcenterId,
          k.userId,
          k.rolle,
          e.aktion,
          e.objekt,
          e.objektId ?? null,
          e.personId ?? null,
          JSON.stringify(e.details ?? {}),
          clock.now(),
        ],
      );
    },
  };
}

/** The portal's repositories for one transaction. */
export function portalRepositories(sql: Sql, k: PortalKontext, clock: Clock): PortalRepositories {
  const recipient = k.rolle === "leistungsberechtigte";
  return {
    konten: portalKontoRepository(sql, k.jobcenterId, k.userId, clock),
    beteiligung: portalBeteiligungRepository(sql, {
      jobcenterId: k.jobcenterId,
      userId: k.userId,
      personId: recipient ? k.personId : null,
      kontoId: recipient ? k.userId : null,
    }),
    uebersetzungen: portalUebersetzungRepository(sql, k.jobcenterId, k.userId, clock),
    plaene: planRepository(sql, k.jobcenterId, k.userId, clock),
    personen: personRepository(sql, k.jobcenterId, null, clock),
    stammdaten: stammdatenRepository(sql, k.jobcenterId),
    audit: audit(sql, k, clock),
  };
}

/** The portal's repositories in a recipient's own context. */
export const recipientRepositories = (sql: Sql, a: PortalAkteur, clock: Clock): PortalRepositories =>
  portalRepositories(
    sql,
    { jobcenterId: a.jobcenterId, userId: a.kontoId, rolle: "leistungsberechtigte", personId: a.personId },
    clock,
  );
