import type { StammdatenRepository } from "../../../application/ports";
import { RUECKDATIERUNG_TAGE_STANDARD } from "../../../domain/kooperationsplan/abstimmungsdatum";
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
    async rueckdatierungTage() {
      const rows = await sql.query<{ tage: number }>(
        "SELECT rueckdatierung_tage AS tage FROM jobcenter WHERE id = $1",
        [jobcenterId],
      );
      return rows[0]?.tage ?? RUECKDATIERUNG_TAGE_STANDARD;
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
