import { berechneBudgetStand, budgetJahr, type BudgetStand } from "../../domain/angebote/budgetStand";
import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/** Budget per offer of the actor's jobcentre in the current budget year: budget, committed, remaining. */
export async function getBudgetStand(
  deps: UseCaseDeps,
): Promise<Result<{ jahr: number; toepfe: BudgetStand[] }>> {
  const allowed = await requireRecht(deps, "angebote.lesen");
  if (!allowed.ok) return allowed;
  const jahr = budgetJahr(today(deps.clock));
  const angebote = await deps.repos.angebote.list();
  const toepfe = berechneBudgetStand(angebote, await deps.repos.budget.aktiveBindungen(), { jahr });
  return ok({ jahr, toepfe });
}
