import { err, ok, type Result } from "../../domain/shared/result";
import type { Anhoerung, AnhoerungInput } from "../../domain/verbindlichkeit/anhoerung";
import { pruefeAnhoerung } from "../../domain/verbindlichkeit/pruefeAnhoerung";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/** Records the Anhörung (§ 24 SGB X) on an event; in person where § 31a Abs. 2 asks for it. */
export async function recordAnhoerung(
  deps: UseCaseDeps,
  ereignisId: string,
  input: AnhoerungInput,
): Promise<Result<Anhoerung>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const repo = deps.repos.rechtsfolgen;
  const ereignis = await repo.ereignisse.get(ereignisId);
  if (!ereignis) return err("nicht_gefunden");
  const fruehere = await repo.ereignisse.list(ereignis.personId);
  const geprueft = pruefeAnhoerung(ereignis, fruehere, input, today(deps.clock));
  if (!geprueft.ok) return geprueft;
  const anhoerung = await repo.anhoerungen.create(ereignis.personId, ereignisId, input);
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "anhoerung",
    objektId: anhoerung.id,
    personId: ereignis.personId,
    details: { form: input.form },
  });
  return ok(anhoerung);
}
