import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import type { PortalDeps } from "./ports";

export interface PortalPlan {
  planId: string;
  /** Agreed versions, newest first (row-level security hides drafts from recipients). */
  versionen: PlanVersion[];
  aktuelle: PlanVersion | null;
}

/** The recipient's own plan, or null when no version has been agreed yet. */
export async function loadPortalPlan(deps: PortalDeps): Promise<PortalPlan | null> {
  const akte = await deps.repos.plaene.findByPerson(deps.akteur.personId);
  if (!akte) return null;
  const versionen = akte.versionen.filter((v) => v.status !== "entwurf").sort((a, b) => b.nummer - a.nummer);
  if (versionen.length === 0) return null;
  return {
    planId: akte.planId,
    versionen,
    aktuelle: versionen.find((v) => v.status === "abgestimmt") ?? null,
  };
}
