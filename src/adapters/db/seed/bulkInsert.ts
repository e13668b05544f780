import type { Sql } from "../database";

/** Column name → SQL type, in insert order. */
export type Columns = Record<string, string>;

/** Inserts many rows in one statement (jsonb_to_recordset works the same on PostgreSQL and PGlite). */
export async function bulkInsert(
  sql: Sql,
  table: string,
  columns: Columns,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const defs = names.map((n) => `${n} ${columns[n]}`).join(", ");
  await sql.query(
    `INSERT INTO ${table} (${names.join(", ")}) SELECT ${names.join(", ")} FROM jsonb_to_recordset($1::jsonb) AS x(${defs})`,
    [JSON.stringify(rows)],
  );
}
