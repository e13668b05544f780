import { emptyPlanInhalt } from "../../domain/kooperationsplan/planInhalt";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { rechtsstandAm } from "../../domain/rechtsstand/rechtsstandAm";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/** Starts the Kooperationsplan of a person (§ 15 Abs. 2 SGB II) with an empty draft, version 1. */
export async function createKooperationsplan(
  deps: UseCaseDeps,
  personId: string,
): Promise<Result<PlanVersion>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  if (!(await deps.repos.personen.get(personId))) return err("nicht_gefunden");
  if (await deps.repos.plaene.findByPerson(personId)) return err("plan.existiert");
  const planId = await deps.repos.plaene.createPlan(personId);
  const version = await deps.repos.plaene.insertVersion(personId, {
    planId,
    nummer: 1,
    status: "entwurf",
    inhalt: emptyPlanInhalt(),
    abstimmung: null,
    rechtsstand: rechtsstandAm(today(deps.clock)),
    lockVersion: 1,
  });
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "kooperationsplan",
    objektId: planId,
    personId,
    details: { nummer: 1 },
  });
  return ok(version);
}
