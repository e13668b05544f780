import type { Clock } from "../../../application/ports";
import type { BudgetRepository } from "../../../application/angebote/ports";
import type { IsoDate } from "../../../domain/shared/isoDate";
import type { Sql } from "../database";

interface Row {
  angebot_id: string;
  plan_id: string;
  eintrag_id: string;
  betrag_cent: string | number;
  /** Selected as text: the ISO date, whatever the server's time zone. */
  gebunden_am: IsoDate;
}

/** Commitments of agreed plans against offer budgets; timestamps come from `clock`. */
export function budgetRepository(
  sql: Sql,
  jobcenterId: string,
  userId: string,
  clock: Clock,
): BudgetRepository {
  return {
    async aktiveBindungen() {
      const rows = await sql.query<Row>(
        `SELECT angebot_id, plan_id, eintrag_id, betrag_cent, gebunden_am::text AS gebunden_am FROM budget_bindung
         WHERE jobcenter_id = $1 AND freigegeben_am IS NULL ORDER BY angebot_id, gebunden_am, id`,
        [jobcenterId],
      );
      return rows.map((r) => ({
        angebotId: r.angebot_id,
        planId: r.plan_id,
        eintragId: r.eintrag_id,
        betragCent: Number(r.betrag_cent),
        am: r.gebunden_am,
      }));
    },
    async sperren(angebotIds) {
      // A transaction-scoped advisory lock per offer, taken in a fixed order so two agreements cannot deadlock.
      for (const id of [...new Set(angebotIds)].sort())
        await sql.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`budget:${id}`]);
    },
    async binden(planId, versionId, am, bindungen) {
      for (const b of bindungen)
        await sql.query(
          `INSERT INTO budget_bindung (jobcenter_id, angebot_id, plan_id, version_id, eintrag_id, betrag_cent,
             gebunden_am, erstellt_von, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [jobcenterId, b.angebotId, planId, versionId, b.eintragId, b.betragCent, am, userId, clock.now()],
        );
    },
    async freigeben(planId, grund) {
      const rows = await sql.query<{ id: string }>(
        `UPDATE budget_bindung SET freigegeben_am = $3, freigabe_grund = $4
         WHERE jobcenter_id = $1 AND plan_id = $2 AND freigegeben_am IS NULL RETURNING id`,
        [jobcenterId, planId, clock.now(), grund],
      );
      return rows.length;
    },
  };
}
