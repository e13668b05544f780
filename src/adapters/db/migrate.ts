import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Database } from "./database";

const DEFAULT_DIR = fileURLToPath(new URL("./migrations/", import.meta.url));

/** Applies the SQL migrations in order, each in its own transaction; the same files serve PGlite and PostgreSQL. */
export async function migrate(db: Database, dir = DEFAULT_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  await db.ownerTransaction((sql) =>
    sql.query(
      "CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    ),
  );
  const applied = new Set(
    (
      await db.ownerTransaction((sql) => sql.query<{ name: string }>("SELECT name FROM schema_migration"))
    ).map((r) => r.name),
  );
  const done: string[] = [];
  for (const file of files) {
    if (applied.has(file)) continue;
    const text = await readFile(new URL(file, `file://${dir.endsWith("/") ? dir : `${dir}/`}`), "utf8");
    await db.ownerTransaction(async (sql) => {
      await sql.exec(text);
      await sql.query("INSERT INTO schema_migration (name) VALUES ($1)", [file]);
    });
    done.push(file);
  }
  return done;
}
