import { compareIsoDate } from "../../domain/shared/isoDate";
import { err, ok, type Result } from "../../domain/shared/result";
import type { Schlichtung } from "../../domain/verbindlichkeit/schlichtung";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/**
 * Records the automatic end of a Schlichtung after four weeks (§ 15a Abs. 4 a. F.). The procedure has
 * ended anyway (`schlichtungStatus` says `abgelaufen`); this writes it down with the outcome.
 */
export async function expireSchlichtung(
  deps: UseCaseDeps,
  schlichtungId: string,
  ergebnis: string,
): Promise<Result<Schlichtung>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const repo = deps.repos.rechtsfolgen.schlichtungen;
  const s = await repo.get(schlichtungId);
  if (!s) return err("nicht_gefunden");
  if (s.beendetAm !== null) return err("rechtsfolgen.schlichtung_beendet");
  if (compareIsoDate(today(deps.clock), s.spaetestesEnde) <= 0) return err("rechtsfolgen.schlichtung_laeuft");
  const beendet = await repo.end(s.id, s.spaetestesEnde, "fristablauf", ergebnis);
  await deps.repos.audit.record({
    aktion: "aendern",
    objekt: "schlichtung",
    objektId: s.id,
    personId: s.personId,
    details: { beendigung: "fristablauf" },
  });
  return ok(beendet);
}
