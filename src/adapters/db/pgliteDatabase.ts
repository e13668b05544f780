import { PGlite, types } from "@electric-sql/pglite";
import { applyContext, type Database, type Sql } from "./database";

const parsers = {
  [types.DATE]: (value: string) => value,
  [types.INT8]: (value: string) => Number(value),
};

export interface PgliteDatabase extends Database {
  /** Uncompressed tarball of the data directory, to start another instance from (`loadDataDir`). */
  dumpDataDir(): Promise<Blob>;
}

/**
 * Embedded PostgreSQL (WASM). `dataDir` undefined keeps everything in memory (tests); `loadDataDir`
 * starts from a dumped data directory instead of running initdb (tests clone one migrated database).
 */
export async function openPglite(
  dataDir?: string,
  options: { loadDataDir?: Blob } = {},
): Promise<PgliteDatabase> {
  const db = await PGlite.create({
    parsers,
    ...(dataDir ? { dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
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
    dumpDataDir: () => db.dumpDataDir("none"),
    close: () => db.close(),
  };
}
