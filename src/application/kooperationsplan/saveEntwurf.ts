import { codeInhalt } from "../../domain/assistent/codeInhalt";
import { fuehreBereichswahlFort } from "../../domain/assistent/fuehreBereichswahlFort";
import { entwurfSpeichern } from "../../domain/kooperationsplan/entwurfSpeichern";
import type { PlanInhalt } from "../../domain/kooperationsplan/planInhalt";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { loadVersion } from "./loadVersion";

/**
 * Saves a draft with every entry coded (a person's choice of area wins, with the text it was chosen
 * for; `bereichBestaetigt` lists the entries whose choice the counsellor confirms for the current
 * text); a concurrent save in between yields `plan.konflikt`, never a silent overwrite.
 */
export async function saveEntwurf(
  deps: UseCaseDeps,
  planId: string,
  nummer: number,
  inhalt: PlanInhalt,
  expectedLockVersion: number,
  bereichBestaetigt: readonly string[] = [],
): Promise<Result<PlanVersion>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const loaded = await loadVersion(deps, planId, nummer);
  if (!loaded.ok) return loaded;
  const gespeichert = loaded.value.version.inhalt;
  const gewaehlt = fuehreBereichswahlFort(gespeichert, inhalt, new Set(bereichBestaetigt));
  const next = entwurfSpeichern(loaded.value.version, codeInhalt(gewaehlt), expectedLockVersion);
  if (!next.ok) return next;
  if (!(await deps.repos.plaene.updateVersion(next.value, expectedLockVersion))) return err("plan.konflikt");
  await deps.repos.audit.record({
    aktion: "aendern",
    objekt: "plan_version",
    objektId: next.value.id,
    personId: loaded.value.akte.personId,
    details: { nummer, lockVersion: next.value.lockVersion },
  });
  return ok(next.value);
}
