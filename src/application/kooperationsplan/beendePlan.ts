import { pruefeBeendigung, type Beendigung } from "../../domain/kooperationsplan/beendigung";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/** Ends a plan (e.g. the person took up work) and releases the budget its agreed version committed. */
export async function beendePlan(
  deps: UseCaseDeps,
  planId: string,
  input: Beendigung,
): Promise<Result<Beendigung & { budgetFreigegeben: number }>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const akte = await deps.repos.plaene.findById(planId);
  if (!akte) return err("nicht_gefunden");
  const geprueft = pruefeBeendigung(akte.versionen, akte.beendet ?? null, input, today(deps.clock));
  if (!geprueft.ok) return geprueft;
  if (!(await deps.repos.plaene.beenden(planId, geprueft.value))) return err("plan.beendet");
  const budgetFreigegeben = await deps.repos.budget.freigeben(planId, "beendet");
  await deps.repos.audit.record({
    aktion: "aendern",
    objekt: "kooperationsplan",
    objektId: planId,
    personId: akte.personId,
    details: { beendet: geprueft.value.am, grund: geprueft.value.grund, budgetFreigegeben },
  });
  return ok({ ...geprueft.value, budgetFreigegeben });
}
