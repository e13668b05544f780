import type { IsoDate } from "../../domain/shared/isoDate";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";

/** Records that the counselling offer for an under-25 (§ 31a Abs. 6) was made; ends the reminder. */
export async function recordU25Angebot(
  deps: UseCaseDeps,
  entscheidungId: string,
  am: IsoDate,
): Promise<Result<true>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const repo = deps.repos.rechtsfolgen.entscheidungen;
  const entscheidung = await repo.get(entscheidungId);
  if (!entscheidung) return err("nicht_gefunden");
  await repo.recordU25Angebot(entscheidungId, am);
  await deps.repos.audit.record({
    aktion: "aendern",
    objekt: "rechtsfolgen_entscheidung",
    objektId: entscheidungId,
    personId: entscheidung.personId,
    details: { u25Angebot: true },
  });
  return ok(true);
}
