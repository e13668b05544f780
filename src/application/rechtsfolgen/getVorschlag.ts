import type { IsoDate } from "../../domain/shared/isoDate";
import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { computeVorschlag, type Vorschlag } from "./computeVorschlag";

/** The calculated proposal for an event, for a Feststellung on `feststellung`. Audited as a read. */
export async function getVorschlag(
  deps: UseCaseDeps,
  ereignisId: string,
  feststellung: IsoDate,
): Promise<Result<Vorschlag>> {
  const allowed = await requireRecht(deps, "person.lesen");
  if (!allowed.ok) return allowed;
  const vorschlag = await computeVorschlag(deps, ereignisId, feststellung);
  if (!vorschlag.ok) return vorschlag;
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "rechtsfolgen_vorschlag",
    objektId: ereignisId,
    personId: vorschlag.value.personId,
    details: { minderung: vorschlag.value.vorschlag.minderung },
  });
  return ok(vorschlag.value);
}
