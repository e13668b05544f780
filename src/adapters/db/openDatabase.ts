import { mkdir } from "node:fs/promises";
import type { Config } from "../../config/config";
import type { Database } from "./database";
import { openPglite } from "./pgliteDatabase";
import { openPostgres } from "./postgresDatabase";

/** PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite stored in DATA_DIR. */
export async function openDatabase(
  config: Pick<Config, "DATABASE_URL" | "APP_DATABASE_URL" | "DATA_DIR">,
): Promise<Database> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL, config.APP_DATABASE_URL);
  await mkdir(config.DATA_DIR, { recursive: true });
  return openPglite(config.DATA_DIR);
}
