import type { AboArt, GefundenesAbo, KalenderAboRepository } from "../../../application/kalender/ports";
import type { Database, Sql } from "../database";

/** The owner of a subscription: the person (recipient context) or the counsellor (staff context). */
export type AboInhaber =
  | { art: "person"; jobcenterId: string; personId: string }
  | {
      art: "mitarbeiter";
      jobcenterId: string;
      mitarbeiterId: string;
    };

const spalte = (art: AboArt) => (art === "person" ? "person_id" : "mitarbeiter_id");
const inhaberId = (i: AboInhaber) => (i.art === "person" ? i.personId : i.mitarbeiterId);

/** Calendar subscriptions of one owner; row-level security limits every statement to them. */
export function kalenderAboRepository(sql: Sql, inhaber: AboInhaber): KalenderAboRepository {
  const wo = `art = '${inhaber.art}' AND ${spalte(inhaber.art)} = $1 AND widerrufen_am IS NULL`;
  const widerrufe = async (at: Date) => {
    const [r] = await sql.query<{ id: string }>(
      `UPDATE kalender_abo SET widerrufen_am = $2 WHERE ${wo} RETURNING id`,
      [inhaberId(inhaber), at],
    );
    return r?.id ?? null;
  };
  return {
    async aktives() {
      const [r] = await sql.query<{ id: string; erstellt_am: Date }>(
        `SELECT id, erstellt_am FROM kalender_abo WHERE ${wo}`,
        [inhaberId(inhaber)],
      );
      return r ? { id: r.id, erstelltAm: new Date(r.erstellt_am).toISOString() } : null;
    },
    async erneuere(tokenHash, at) {
      const widerrufen = await widerrufe(at);
      const [r] = await sql.query<{ id: string }>(
        `INSERT INTO kalender_abo (jobcenter_id, art, ${spalte(inhaber.art)}, token_hash, erstellt_am)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [inhaber.jobcenterId, inhaber.art, inhaberId(inhaber), tokenHash, at],
      );
      return { id: (r as { id: string }).id, widerrufen };
    },
    widerrufe,
  };
}

/** The live subscription of a token hash (no session: a security-definer lookup, nothing else returned). */
export async function findKalenderAbo(db: Database, tokenHash: string): Promise<GefundenesAbo | null> {
  const [r] = await db.transaction(null, (sql) =>
    sql.query<{
      id: string;
      art: AboArt;
      jobcenter_id: string;
      person_id: string | null;
      mitarbeiter_id: string | null;
      konto_id: string | null;
    }>("SELECT * FROM kp_kalender_abo($1)", [tokenHash]),
  );
  return r
    ? {
        id: r.id,
        art: r.art,
        jobcenterId: r.jobcenter_id,
        personId: r.person_id,
        mitarbeiterId: r.mitarbeiter_id,
        kontoId: r.konto_id,
      }
    : null;
}
