import type { AnmeldeschutzStore, SchutzZaehler } from "../../application/auth/ports";
import { erstatteVersuch, type SchutzStand } from "../../domain/anmeldung/anmeldeschutz";
import type { Database, Sql } from "./database";

interface StandRow {
  fehlversuche: number;
  letzter_fehler: Date | string | null;
  gesperrt_seit: Date | string | null;
}

const datum = (d: Date | string | null) => (d === null ? null : new Date(d));

async function schreiben(sql: Sql, z: SchutzZaehler, s: SchutzStand): Promise<void> {
  await sql.query("SELECT kp_anmeldeschutz_schreiben($1, $2, $3, $4, $5, $6, $7)", [
    z.art,
    z.schluessel,
    s.fehlversuche,
    s.letzterFehler,
    s.gesperrtSeit,
    z.jobcenterId ?? null,
    z.kontoId ?? null,
  ]);
}

/** Throttle counters through the two definer functions of migration 0013 (no tenant context yet). */
export function anmeldeschutzStore(db: Database): AnmeldeschutzStore {
  return {
    pruefen: (zaehler, fn) =>
      db.transaction(null, async (sql) => {
        // Always lock in the same order, so two tries on the same keys cannot deadlock.
        const reihenfolge = zaehler
          .map((z, i) => ({ z, i }))
          .sort((a, b) => `${a.z.art}:${a.z.schluessel}`.localeCompare(`${b.z.art}:${b.z.schluessel}`));
        const staende: SchutzStand[] = new Array<SchutzStand>(zaehler.length);
        for (const { z, i } of reihenfolge) {
          const [r] = await sql.query<StandRow>("SELECT * FROM kp_anmeldeschutz_lesen($1, $2)", [
            z.art,
            z.schluessel,
          ]);
          staende[i] = {
            fehlversuche: r?.fehlversuche ?? 0,
            letzterFehler: datum(r?.letzter_fehler ?? null),
            gesperrtSeit: datum(r?.gesperrt_seit ?? null),
          };
        }
        const { neu, ergebnis } = fn(staende);
        if (neu)
          for (const [i, z] of zaehler.entries()) {
            const s = neu[i];
            if (s) await schreiben(sql, z, s);
          }
        return ergebnis;
      }),
    erstatten: (zaehler) =>
      db.transaction(null, async (sql) => {
        for (const z of zaehler) {
          const [r] = await sql.query<StandRow>("SELECT * FROM kp_anmeldeschutz_lesen($1, $2)", [
            z.art,
            z.schluessel,
          ]);
          if (r)
            await schreiben(
              sql,
              z,
              erstatteVersuch({
                fehlversuche: r.fehlversuche,
                letzterFehler: datum(r.letzter_fehler),
                gesperrtSeit: datum(r.gesperrt_seit),
              }),
            );
        }
      }),
    zuruecksetzen: (zaehler) =>
      db.transaction(null, async (sql) => {
        for (const z of zaehler)
          await schreiben(sql, z, { fehlversuche: 0, letzterFehler: null, gesperrtSeit: null });
      }),
  };
}
