import { PGlite, types } from "@electric-sql/pglite";
import { applyContext, type Database, type Sql } from "./database";

const parsers = {
  [types.DATE]: (value: string) => value,
  [types.INT8]: (value: string) => Number(value),
};

/**
 * Embedded PostgreSQL (WASM). `dataDir` undefined keeps everything in memory (tests); `loadDataDir`
 * starts from a dump of another PGlite (`dumpDataDir()`), e.g. an already migrated template.
 */
export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Database> {
  return pgliteDatabase(
    await PGlite.create({
      parsers,
      ...(dataDir ? { dataDir } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
    }),
  );
}

/** The `Database` port over an open PGlite instance. */
export function pgliteDatabase(db: PGlite): Database {
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

/** A fresh in-memory PGlite for building a template (the caller dumps it with `dumpDataDir`). */
export const createPglite = (): Promise<PGlite> => PGlite.create({ parsers });
