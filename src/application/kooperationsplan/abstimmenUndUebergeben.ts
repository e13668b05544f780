import { abstimmen, type AbstimmenInput } from "../../domain/kooperationsplan/abstimmen";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { err, ok, type Result } from "../../domain/shared/result";
import { bindeBudget } from "../angebote/bindeBudget";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";
import { loadVersion } from "./loadVersion";

/**
 * Agrees a draft and records its handover in Textform. The version agreed before it is marked
 * `ersetzt` (superseded) in the same transaction, and its budget commitments are replaced by the new
 * version's (refused when a budget would be overspent; nothing is written then).
 */
export async function abstimmenUndUebergeben(
  deps: UseCaseDeps,
  planId: string,
  nummer: number,
  input: AbstimmenInput,
): Promise<Result<PlanVersion>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const loaded = await loadVersion(deps, planId, nummer);
  if (!loaded.ok) return loaded;
  const rueckdatierungTage = await deps.repos.stammdaten.rueckdatierungTage();
  const agreed = abstimmen(loaded.value.version, input, today(deps.clock), rueckdatierungTage);
  if (!agreed.ok) return agreed;
  if (loaded.value.akte.beendet) return err("plan.beendet");
  const abstimmung = agreed.value.abstimmung;
  const budget = abstimmung ? await bindeBudget(deps, { ...agreed.value, abstimmung }) : null;
  if (budget && !budget.ok) return budget;
  const previous = loaded.value.akte.versionen.find((v) => v.status === "abgestimmt");
  if (previous) await deps.repos.plaene.markErsetzt(previous.id);
  if (!(await deps.repos.plaene.updateVersion(agreed.value, input.expectedLockVersion)))
    return err("plan.konflikt");
  await deps.repos.audit.record({
    aktion: "abstimmen",
    objekt: "plan_version",
    objektId: agreed.value.id,
    personId: loaded.value.akte.personId,
    details: {
      nummer,
      kanal: input.kanal,
      ersetzt: previous?.nummer ?? null,
      ...(budget?.ok && (budget.value.gebunden > 0 || budget.value.freigegeben > 0)
        ? { budgetGebundenCent: budget.value.gebunden, budgetFreigegeben: budget.value.freigegeben }
        : {}),
      ...(agreed.value.abstimmung?.rueckdatierungGrund ? { am: input.am, rueckdatiert: true } : {}),
    },
  });
  return ok(agreed.value);
}
