import { err, ok, type Result } from "../../domain/shared/result";
import { pruefeSchlichtungStart } from "../../domain/verbindlichkeit/pruefeSchlichtung";
import type { Schlichtung, SchlichtungStartInput } from "../../domain/verbindlichkeit/schlichtung";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/** Starts a Schlichtungsverfahren (§ 15a a. F.); refused under the law from 1.7.2026. */
export async function startSchlichtung(
  deps: UseCaseDeps,
  personId: string,
  input: SchlichtungStartInput,
): Promise<Result<Schlichtung>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  if (!(await deps.repos.personen.get(personId))) return err("nicht_gefunden");
  const repo = deps.repos.rechtsfolgen.schlichtungen;
  const geprueft = pruefeSchlichtungStart(input, await repo.list(personId), today(deps.clock));
  if (!geprueft.ok) return geprueft;
  const schlichtung = await repo.create(personId, input, geprueft.value.spaetestesEnde);
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "schlichtung",
    objektId: schlichtung.id,
    personId,
    details: { beantragtVon: input.beantragtVon },
  });
  return ok(schlichtung);
}
