import { readFile } from "node:fs/promises";
import { inject } from "vitest";
import type { Database } from "../../../src/adapters/db/database";
import { openPglite } from "../../../src/adapters/db/pgliteDatabase";
import { openPostgres } from "../../../src/adapters/db/postgresDatabase";
import { adminQuery } from "./globalSetup";

export type Backend = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when DATABASE_URL is set (as in CI). */
export const BACKENDS: Backend[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase {
  db: Database;
  /** URL of the fresh PostgreSQL database (postgres backend only). */
  url: string | null;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of its own: in-memory PGlite loaded from the run's migrated data directory,
 * or a new PostgreSQL database cloned from the run's template (tests/integration/support/globalSetup.ts).
 */
export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === "pglite") {
    const vorlage = await readFile(inject("pgliteVorlage"));
    const db = await openPglite(undefined, { loadDataDir: new Blob([vorlage]) });
    return { db, url: null, drop: () => db.close() };
  }
  const base = process.env.DATABASE_URL as string;
  const name = `kp_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(base, `CREATE DATABASE ${name} TEMPLATE ${inject("postgresVorlage")}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
