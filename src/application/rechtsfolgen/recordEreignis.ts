import { err, ok, type Result } from "../../domain/shared/result";
import type { EreignisInput, RechtsfolgenEreignis } from "../../domain/verbindlichkeit/ereignis";
import { pruefeEreignis } from "../../domain/verbindlichkeit/pruefeEreignis";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/**
 * Records a Pflichtverletzung, Meldeversäumnis or Arbeitsverweigerung; nothing follows from it
 * automatically. Not before the deadline of its letter, unless the person declared the refusal.
 */
export async function recordEreignis(
  deps: UseCaseDeps,
  personId: string,
  input: EreignisInput,
): Promise<Result<RechtsfolgenEreignis>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  if (!(await deps.repos.personen.get(personId))) return err("nicht_gefunden");
  const brief = input.briefId ? await deps.repos.rechtsfolgen.briefe.get(input.briefId) : null;
  if (input.briefId && (!brief || brief.personId !== personId)) return err("nicht_gefunden", "briefId");
  const geprueft = pruefeEreignis(input, brief, today(deps.clock));
  if (!geprueft.ok) return geprueft;
  const ereignis = await deps.repos.rechtsfolgen.ereignisse.create(personId, input);
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "rechtsfolgen_ereignis",
    objektId: ereignis.id,
    personId,
    details: { art: input.art, ...(input.weigerungErklaert ? { weigerungErklaert: true } : {}) },
  });
  return ok(ereignis);
}
