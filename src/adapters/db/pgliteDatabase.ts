import { PGlite, types } from "@electric-sql/pglite";
import { applyContext, type Database, type Sql } from "./database";

const parsers = {
  [types.DATE]: (value: string) => value,
  [types.INT8]: (value: string) => Number(value),
};

/** Embedded PostgreSQL (WASM). `dataDir` undefined keeps everything in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir ? { dataDir, parsers } : { parsers });
  const wrap = (tx: { query: PGlite["query"]; exec: PGlite["exec"] }): Sql => ({
    async exec(text: string) {
      await tx.exec(text);
    },
    async query<T extends object>(text: string, params?: readonly unknown[]) {
      const result = await tx.query<T>(text, params ? [...params] : []);
      return result.rows;
    },
  });
  return {
    kind: "pglite",
    transaction: (context, fn) =>
      db.transaction(async (tx) => {
        const sql = wrap(tx);
        await applyContext(sql, context);
        return fn(sql);
      }),
    ownerTransaction: (fn) => db.transaction(async (tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}
