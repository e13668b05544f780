import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../../../src/adapters/db/migrate";
import { openPglite } from "../../../src/adapters/db/pgliteDatabase";
import { openPostgres } from "../../../src/adapters/db/postgresDatabase";

declare module "vitest" {
  export interface ProvidedContext {
    /** Tarball of a migrated PGlite data directory; each test file loads its own copy. */
    pgliteVorlage: string;
    /** Migrated PostgreSQL template database; each test file creates its own database from it (or ""). */
    postgresVorlage: string;
  }
}

/** Quoted identifier for names this file generates itself. */
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Migrates once per run and hands the result to every integration test file (ADR: test start-up).
 * PGlite: a dump of the migrated data directory. PostgreSQL (DATABASE_URL set): a template database,
 * cloned per file with CREATE DATABASE … TEMPLATE. Isolation stays: every file gets its own database.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), "kp-test-"));
  const db = await openPglite();
  await migrate(db);
  const datei = join(dir, "vorlage.tar");
  await writeFile(datei, Buffer.from(await (await db.dumpDataDir()).arrayBuffer()));
  await db.close();
  project.provide("pgliteVorlage", datei);

  const base = process.env.DATABASE_URL;
  let vorlage = "";
  if (base) {
    vorlage = `kp_tpl_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(base, `CREATE DATABASE ${ident(vorlage)}`);
    const url = new URL(base);
    url.pathname = `/${vorlage}`;
    const tpl = openPostgres(url.toString());
    try {
      await migrate(tpl);
    } finally {
      // CREATE DATABASE … TEMPLATE needs the template without any open connection.
      await tpl.close();
    }
  }
  project.provide("postgresVorlage", vorlage);

  return async () => {
    await rm(dir, { recursive: true, force: true });
    if (base && vorlage) await adminQuery(base, `DROP DATABASE IF EXISTS ${ident(vorlage)} WITH (FORCE)`);
  };
}

export async function adminQuery(url: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}
