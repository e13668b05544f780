import { pruefeVerwerfen } from "../../domain/kooperationsplan/entwurfVerwerfen";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";

/** Discards a review draft (audited); the agreed version stays in force. Returns the person's id. */
export async function verwirfEntwurf(
  deps: UseCaseDeps,
  planId: string,
  nummer: number,
  expectedLockVersion: number,
): Promise<Result<{ personId: string }>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const akte = await deps.repos.plaene.findById(planId);
  if (!akte) return err("nicht_gefunden");
  const version = pruefeVerwerfen(akte.versionen, nummer, expectedLockVersion);
  if (!version.ok) return version;
  if (!(await deps.repos.plaene.deleteEntwurf(version.value.id, expectedLockVersion)))
    return err("plan.konflikt");
  await deps.repos.audit.record({
    aktion: "verwerfen",
    objekt: "plan_version",
    objektId: version.value.id,
    personId: akte.personId,
    details: { nummer, lockVersion: expectedLockVersion },
  });
  return ok({ personId: akte.personId });
}
