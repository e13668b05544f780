import { compareIsoDate } from "../../domain/shared/isoDate";
import { err, ok, type Result } from "../../domain/shared/result";
import type { EreignisInput, RechtsfolgenEreignis } from "../../domain/verbindlichkeit/ereignis";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/** Records a Pflichtverletzung, Meldeversäumnis or Arbeitsverweigerung; nothing follows from it automatically. */
export async function recordEreignis(
  deps: UseCaseDeps,
  personId: string,
  input: EreignisInput,
): Promise<Result<RechtsfolgenEreignis>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  if (!(await deps.repos.personen.get(personId))) return err("nicht_gefunden");
  if (compareIsoDate(input.datum, today(deps.clock)) > 0)
    return err("rechtsfolgen.datum_in_zukunft", "datum");
  if (input.briefId) {
    const brief = await deps.repos.rechtsfolgen.briefe.get(input.briefId);
    if (!brief || brief.personId !== personId) return err("nicht_gefunden", "briefId");
  }
  const ereignis = await deps.repos.rechtsfolgen.ereignisse.create(personId, input);
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "rechtsfolgen_ereignis",
    objektId: ereignis.id,
    personId,
    details: { art: input.art },
  });
  return ok(ereignis);
}
