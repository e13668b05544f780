import { fortschreibungsInhalt, nextVersionNummer } from "../../domain/kooperationsplan/fortschreiben";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { rechtsstandAm } from "../../domain/rechtsstand/rechtsstandAm";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/** Starts the Fortschreibung (§ 15 Abs. 3 Satz 2): a new draft that carries over every item. */
export async function startFortschreibung(deps: UseCaseDeps, planId: string): Promise<Result<PlanVersion>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const akte = await deps.repos.plaene.findById(planId);
  if (!akte) return err("nicht_gefunden");
  if (akte.beendet) return err("plan.beendet");
  const inhalt = fortschreibungsInhalt(akte.versionen);
  if (!inhalt.ok) return inhalt;
  const nummer = nextVersionNummer(akte.versionen);
  const version = await deps.repos.plaene.insertVersion(akte.personId, {
    planId,
    nummer,
    status: "entwurf",
    inhalt: inhalt.value,
    abstimmung: null,
    rechtsstand: rechtsstandAm(today(deps.clock)),
    lockVersion: 1,
  });
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "plan_version",
    objektId: version.id,
    personId: akte.personId,
    details: { nummer },
  });
  return ok(version);
}
