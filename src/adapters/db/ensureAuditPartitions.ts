import { berlinDate } from "../../domain/shared/isoDate";
import type { Database } from "./database";

/** Months of audit partitions kept ready after the current one. */
const MONATE_VORAUS = 2;

/** Creates the audit partitions for the month of `jetzt` (the app's clock, Berlin) and the next two. */
export async function ensureAuditPartitions(db: Database, jetzt: Date): Promise<void> {
  await db.ownerTransaction((sql) =>
    sql.query("SELECT kp_ensure_audit_partitions($1::date, $2)", [berlinDate(jetzt), MONATE_VORAUS]),
  );
}
