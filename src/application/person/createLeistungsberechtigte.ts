import type {
  Leistungsberechtigte,
  LeistungsberechtigteInput,
} from "../../domain/person/leistungsberechtigte";
import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";

/** Registers a person in the actor's own caseload. */
export async function createLeistungsberechtigte(
  deps: UseCaseDeps,
  input: LeistungsberechtigteInput,
): Promise<Result<Leistungsberechtigte>> {
  const allowed = await requireRecht(deps, "person.anlegen");
  if (!allowed.ok) return allowed;
  const person = await deps.repos.personen.create(input, deps.actor.userId);
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "person",
    objektId: person.id,
    personId: person.id,
  });
  return ok(person);
}
