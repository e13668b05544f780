import type { EinwilligungRepository } from "../../../application/erinnerung/einwilligung";
import type { Sql } from "../database";

/** The reminder opt-in of the signed-in person's own account (policy `eigenes_konto`). */
export function einwilligungRepository(sql: Sql, kontoId: string): EinwilligungRepository {
  return {
    async lies() {
      const rows = await sql.query<{ email: string | null; an: boolean }>(
        "SELECT erinnerung_email AS email, erinnerungen_an AS an FROM portal_konto WHERE id = $1",
        [kontoId],
      );
      return { email: rows[0]?.email ?? "", erinnerungen: rows[0]?.an ?? false };
    },
    async setze(wert) {
      const rows = await sql.query<{ id: string }>(
        `UPDATE portal_konto SET erinnerung_email = CASE WHEN $2 = '' THEN NULL ELSE $2 END, erinnerungen_an = $3
         WHERE id = $1 RETURNING id`,
        [kontoId, wert.email, wert.erinnerungen],
      );
      if (!rows[0]) throw new Error("Portal-Konto nicht gefunden");
      return rows[0].id;
    },
  };
}
