import type { Anmeldesperre, AnmeldesperreRepository } from "../../../application/auth/anmeldesperren";
import type { Sql } from "../database";

/** Lockouts of one jobcentre under row-level security (policy `administration`, migration 0013). */
export function anmeldesperreRepository(sql: Sql, jobcenterId: string): AnmeldesperreRepository {
  return {
    async listGesperrt() {
      const rows = await sql.query<{
        konto_id: string;
        art: Anmeldesperre["art"];
        benutzername: string | null;
        fehlversuche: number;
        gesperrt_seit: Date | string;
      }>(
        `SELECT a.konto_id, a.art, m.benutzername, a.fehlversuche, a.gesperrt_seit
         FROM anmeldeschutz a LEFT JOIN mitarbeitende m ON m.id = a.konto_id AND a.art = 'mitarbeitende'
         WHERE a.jobcenter_id = $1 AND a.gesperrt_seit IS NOT NULL AND a.konto_id IS NOT NULL
         ORDER BY a.gesperrt_seit DESC, a.konto_id`,
        [jobcenterId],
      );
      return rows.map((r) => ({
        kontoId: r.konto_id,
        art: r.art,
        benutzername: r.benutzername,
        fehlversuche: r.fehlversuche,
        gesperrtSeit: new Date(r.gesperrt_seit).toISOString(),
      }));
    },
    async aufheben(kontoId) {
      const rows = await sql.query<{ art: string }>(
        `UPDATE anmeldeschutz SET fehlversuche = 0, letzter_fehler = NULL, gesperrt_seit = NULL
         WHERE jobcenter_id = $1 AND konto_id = $2 AND art <> 'adresse' AND fehlversuche > 0
         RETURNING art`,
        [jobcenterId, kontoId],
      );
      return rows.map((r) => r.art).sort();
    },
  };
}
