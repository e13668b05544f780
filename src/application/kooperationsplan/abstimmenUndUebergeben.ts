import { abstimmen, type AbstimmenInput } from "../../domain/kooperationsplan/abstimmen";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";
import { loadVersion } from "./loadVersion";

/**
 * Agrees a draft and records its handover in Textform. The version agreed before it is marked
 * `ersetzt` (superseded) in the same transaction.
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
      ...(agreed.value.abstimmung?.rueckdatierungGrund ? { am: input.am, rueckdatiert: true } : {}),
    },
  });
  return ok(agreed.value);
}
