import pg from "pg";
import type { Database } from "../../../src/adapters/db/database";
import { migrate } from "../../../src/adapters/db/migrate";
import { openPglite } from "../../../src/adapters/db/pgliteDatabase";
import { openPostgres } from "../../../src/adapters/db/postgresDatabase";

export type Backend = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when DATABASE_URL is set (as in CI). */
export const BACKENDS: Backend[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase {
  db: Database;
  /** URL of the fresh PostgreSQL database (postgres backend only). */
  url: string | null;
  drop(): Promise<void>;
}

/** A fresh, migrated database: in-memory PGlite, or a new PostgreSQL database per test file. */
export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === "pglite") {
    const db = await openPglite();
    await migrate(db);
    return { db, url: null, drop: () => db.close() };
  }
  const base = process.env.DATABASE_URL as string;
  const name = `kp_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  await migrate(db);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
