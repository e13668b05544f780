import { vergleichen, type Aenderung } from "../../domain/kooperationsplan/vergleichen";
import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { loadVersion, type GeladeneVersion } from "./loadVersion";

export interface VersionMitAenderungen extends GeladeneVersion {
  /** Changes against the previous version; empty for version 1. */
  aenderungen: Aenderung[];
}

/** Reads one plan version with the diff to its predecessor. Audited as a read. */
export async function getPlanVersion(
  deps: UseCaseDeps,
  planId: string,
  nummer: number,
): Promise<Result<VersionMitAenderungen>> {
  const allowed = await requireRecht(deps, "person.lesen");
  if (!allowed.ok) return allowed;
  const loaded = await loadVersion(deps, planId, nummer);
  if (!loaded.ok) return loaded;
  const { version, vorherige, akte } = loaded.value;
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "plan_version",
    objektId: version.id,
    personId: akte.personId,
    details: { nummer },
  });
  return ok({ ...loaded.value, aenderungen: vorherige ? vergleichen(vorherige.inhalt, version.inhalt) : [] });
}
