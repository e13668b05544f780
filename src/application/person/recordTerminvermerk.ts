import type { TerminvermerkInput } from "../../domain/kooperationsplan/terminvermerk";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { Terminvermerk, UseCaseDeps } from "../ports";

/** Notes that the plan was not discussed at an appointment, and why. */
export async function recordTerminvermerk(
  deps: UseCaseDeps,
  personId: string,
  input: TerminvermerkInput,
): Promise<Result<Terminvermerk>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  if (!(await deps.repos.personen.get(personId))) return err("nicht_gefunden");
  const vermerk = await deps.repos.terminvermerke.create(personId, input);
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "terminvermerk",
    objektId: vermerk.id,
    personId,
    details: { grund: input.grund },
  });
  return ok(vermerk);
}
