import { compareIsoDate } from "../../domain/shared/isoDate";
import { err, ok, type Result } from "../../domain/shared/result";
import { pruefeSchlichtungEnde } from "../../domain/verbindlichkeit/pruefeSchlichtung";
import type { Schlichtung, SchlichtungEndeInput } from "../../domain/verbindlichkeit/schlichtung";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/** Ends a Schlichtung with or without agreement and records the outcome. */
export async function endSchlichtung(
  deps: UseCaseDeps,
  schlichtungId: string,
  input: SchlichtungEndeInput,
): Promise<Result<Schlichtung>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const repo = deps.repos.rechtsfolgen.schlichtungen;
  const s = await repo.get(schlichtungId);
  if (!s) return err("nicht_gefunden");
  const geprueft = pruefeSchlichtungEnde(s, input);
  if (!geprueft.ok) return geprueft;
  if (compareIsoDate(input.am, today(deps.clock)) > 0) return err("rechtsfolgen.datum_in_zukunft", "am");
  const beendet = await repo.end(
    s.id,
    input.am,
    input.einigung ? "einigung" : "ohne_einigung",
    input.ergebnis,
  );
  await deps.repos.audit.record({
    aktion: "aendern",
    objekt: "schlichtung",
    objektId: s.id,
    personId: s.personId,
    details: { beendigung: beendet.beendigung },
  });
  return ok(beendet);
}
