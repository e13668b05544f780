import { entscheideVersuch, LEER, type SchutzRegel } from "../../domain/anmeldung/anmeldeschutz";
import type { Clock } from "../ports";
import type { AnmeldeschutzStore, SchutzZaehler } from "./ports";

export type Versuch = { ok: true } | { ok: false; gesperrt: boolean; wartenSekunden: number };

/**
 * Admits one login try against every counter (user name, address, ...) or refuses it while one of them
 * is locked or waiting. An admitted try is already counted as a failure; reset the account's counter
 * on success. Counting first, in one locked transaction, keeps parallel tries from slipping through.
 */
export async function versuchBeginnen(
  deps: { schutz: AnmeldeschutzStore; clock: Clock },
  ziele: readonly (SchutzZaehler & { regel: SchutzRegel })[],
): Promise<Versuch> {
  const now = deps.clock.now();
  return deps.schutz.pruefen<Versuch>(ziele, (staende) => {
    const entscheidungen = ziele.map((z, i) => entscheideVersuch(z.regel, staende[i] ?? LEER, now));
    const neu = entscheidungen.flatMap((e) => (e.erlaubt ? [e.neu] : []));
    if (neu.length === entscheidungen.length) return { neu, ergebnis: { ok: true } as const };
    const abgelehnt = entscheidungen.flatMap((e) => (e.erlaubt ? [] : [e]));
    return {
      neu: null,
      ergebnis: {
        ok: false,
        gesperrt: abgelehnt.some((e) => e.gesperrt),
        wartenSekunden: Math.ceil(Math.max(...abgelehnt.map((e) => e.wartenMs)) / 1000),
      },
    };
  });
}
