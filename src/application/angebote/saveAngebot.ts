import type { Angebot } from "../../domain/angebote/angebot";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import type { AngebotInput } from "./angebotInput";

const budgetDetails = (a: Pick<Angebot, "restbudgetCent" | "kostenProFallCent" | "aktiv">) => ({
  restbudgetCent: a.restbudgetCent ?? null,
  kostenProFallCent: a.kostenProFallCent ?? null,
  aktiv: a.aktiv,
});

/**
 * A team lead adds an offer (`id` null) or changes one: title, areas, remaining budget, active.
 * Every change is audited with the budget before and after (offers hold no personal data).
 */
export async function saveAngebot(
  deps: UseCaseDeps,
  id: string | null,
  input: AngebotInput,
): Promise<Result<Angebot>> {
  const allowed = await requireRecht(deps, "angebote.schreiben");
  if (!allowed.ok) return allowed;
  const repo = deps.repos.angebote;
  const vorher = id === null ? null : await repo.get(id);
  if (id !== null && !vorher) return err("nicht_gefunden");
  const gespeichert = vorher ? { ...input, id: vorher.id } : await repo.create(input);
  if (vorher && !(await repo.update(vorher.id, input))) return err("nicht_gefunden");
  await deps.repos.audit.record({
    aktion: vorher ? "aendern" : "anlegen",
    objekt: "angebot",
    objektId: gespeichert.id,
    details: { typ: input.typ, vorher: vorher ? budgetDetails(vorher) : null, nachher: budgetDetails(input) },
  });
  return ok(gespeichert);
}
