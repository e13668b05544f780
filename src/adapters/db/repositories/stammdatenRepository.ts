import type { StammdatenRepository } from "../../../application/ports";
import type { Sql } from "../database";

export function stammdatenRepository(sql: Sql, jobcenterId: string): StammdatenRepository {
  return {
    async jobcenter() {
      const rows = await sql.query<{ name: string; anschrift: string }>(
        "SELECT name, anschrift FROM jobcenter WHERE id = $1",
        [jobcenterId],
      );
      return rows[0] ?? { name: "", anschrift: "" };
    },
    async mitarbeitende(id) {
      const rows = await sql.query<{ name: string; telefon: string; email: string }>(
        "SELECT name, telefon, email FROM mitarbeitende WHERE id = $1",
        [id],
      );
      return rows[0] ?? null;
    },
  };
}
