import pg from "pg";
import { applyContext, type Database, type Sql } from "./database";

pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

/** Ignores errors of idle or terminated connections (the pool replaces them); never logs query data. */
const ignoreConnectionError = () => undefined;

async function inTransaction<T>(pool: pg.Pool, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  client.on("error", ignoreConnectionError);
  // One connection runs one statement at a time: concurrent calls within a transaction are queued here.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <R>(run: () => Promise<R>): Promise<R> => {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  };
  const sql: Sql = {
    async exec(text: string) {
      await serial(() => client.query(text));
    },
    async query<R extends object>(text: string, params?: readonly unknown[]) {
      const result = await serial(() => client.query<R>(text, params ? [...params] : []));
      return result.rows;
    },
  };
  try {
    await client.query("BEGIN");
    const value = await fn(sql);
    await client.query("COMMIT");
    return value;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.off("error", ignoreConnectionError);
    client.release();
  }
}

/**
 * PostgreSQL via `pg`. `url` is the owner (migrations); requests run as `kp_app`, either through
 * `appUrl` (a login as kp_app, recommended in production) or by `SET LOCAL ROLE kp_app` on the owner pool.
 */
export function openPostgres(url: string, appUrl?: string): Database {
  const owner = new pg.Pool({ connectionString: url, max: 4 });
  const app = appUrl ? new pg.Pool({ connectionString: appUrl, max: 10 }) : owner;
  owner.on("error", ignoreConnectionError);
  app.on("error", ignoreConnectionError);
  return {
    kind: "postgres",
    transaction: (context, fn) =>
      inTransaction(app, async (sql) => {
        await applyContext(sql, context);
        return fn(sql);
      }),
    ownerTransaction: (fn) => inTransaction(owner, fn),
    async close() {
      await owner.end();
      if (app !== owner) await app.end();
    },
  };
}
