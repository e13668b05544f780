import type { TestDatabase } from "./testDatabase";

/**
 * Columns of type timestamptz that hold a value written by the database's own clock: any value within
 * the real time window [`seit`, now] while the app runs on a test clock far from today (ADR 0009).
 */
export async function zeitstempelDerDatenbank(tdb: TestDatabase, seit: Date): Promise<string[]> {
  return tdb.db.ownerTransaction(async (sql) => {
    const spalten = await sql.query<{ tabelle: string; spalte: string }>(
      `SELECT c.table_name AS tabelle, c.column_name AS spalte FROM information_schema.columns c
       JOIN pg_class k ON k.relname = c.table_name AND NOT k.relispartition
       WHERE c.table_schema = 'public' AND c.data_type = 'timestamp with time zone'
         AND c.table_name <> 'schema_migration' ORDER BY 1, 2`,
    );
    const treffer: string[] = [];
    for (const { tabelle, spalte } of spalten) {
      const rows = await sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${tabelle} WHERE ${spalte} BETWEEN $1 AND now() + interval '1 minute'`,
        [seit],
      );
      if ((rows[0]?.n ?? 0) > 0) treffer.push(`${tabelle}.${spalte}`);
    }
    return treffer;
  });
}
