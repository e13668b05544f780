import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { err, ok, type Result } from "../../domain/shared/result";
import type { PlanAkte, UseCaseDeps } from "../ports";

export interface GeladeneVersion {
  akte: PlanAkte;
  version: PlanVersion;
  /** The version before this one, if any (for the diff of a Fortschreibung). */
  vorherige: PlanVersion | null;
}

/** Loads a plan version visible to the actor (row-level security hides other persons' plans). */
export async function loadVersion(
  deps: UseCaseDeps,
  planId: string,
  nummer: number,
): Promise<Result<GeladeneVersion>> {
  const akte = await deps.repos.plaene.findById(planId);
  const version = akte?.versionen.find((v) => v.nummer === nummer);
  if (!akte || !version) return err("nicht_gefunden");
  const vorherige = akte.versionen.find((v) => v.nummer === nummer - 1) ?? null;
  return ok({ akte, version, vorherige });
}
