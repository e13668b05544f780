import { fortschreibungsInhalt } from "../../domain/kooperationsplan/fortschreiben";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { legeFortschreibungAn } from "./legeFortschreibungAn";

/** Starts the Fortschreibung (§ 15 Abs. 3 Satz 2): a new draft that carries over every item. */
export async function startFortschreibung(deps: UseCaseDeps, planId: string): Promise<Result<PlanVersion>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const akte = await deps.repos.plaene.findById(planId);
  if (!akte) return err("nicht_gefunden");
  if (akte.beendet) return err("plan.beendet");
  const inhalt = fortschreibungsInhalt(akte.versionen);
  if (!inhalt.ok) return inhalt;
  const version = await legeFortschreibungAn(deps, akte, inhalt.value);
  return ok(version);
}
