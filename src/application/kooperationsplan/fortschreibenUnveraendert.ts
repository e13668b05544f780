import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import {
  unveraendertFortgeschrieben,
  type UnveraendertForm,
} from "../../domain/kooperationsplan/unveraendertFortschreiben";
import { err, ok, type Result } from "../../domain/shared/result";
import { collectAudit } from "../audit/collectAudit";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";
import { abstimmenUndUebergeben } from "./abstimmenUndUebergeben";
import { saveEntwurf } from "./saveEntwurf";
import { startFortschreibung } from "./startFortschreibung";

/**
 * "Unverändert fortschreiben" (§ 15 Abs. 3 Satz 2 SGB II, ADR h12): the joint review of today continues the
 * agreed version `basis` with every entry, passed deadlines renewed as chosen, and agrees and hands it over
 * through the same steps as any Fortschreibung (start, save, `abstimmenUndUebergeben` with all its checks).
 * Runs in the caller's one transaction: a refusal at any step leaves nothing behind. The steps write no
 * audit rows of their own: the review's one row (`abstimmen ueberpruefung`) carries the agreement's details.
 */
export async function fortschreibenUnveraendert(
  deps: UseCaseDeps,
  planId: string,
  form: UnveraendertForm,
): Promise<Result<PlanVersion>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const akte = await deps.repos.plaene.findById(planId);
  if (!akte) return err("nicht_gefunden");
  const basis = akte.versionen.find((v) => v.status === "abgestimmt");
  if (!basis) return err("plan.kein_abgestimmter_plan");
  if (basis.nummer !== form.basis) return err("plan.konflikt");
  const schritte = collectAudit(deps);
  const entwurf = await startFortschreibung(schritte.deps, planId);
  if (!entwurf.ok) return entwurf;
  const heute = today(deps.clock);
  const neu = unveraendertFortgeschrieben(basis.inhalt, form.fristen, heute);
  const { nummer } = entwurf.value;
  const saved = await saveEntwurf(schritte.deps, planId, nummer, neu.inhalt, entwurf.value.lockVersion);
  if (!saved.ok) return saved;
  const agreed = await abstimmenUndUebergeben(schritte.deps, planId, nummer, {
    am: heute,
    kanal: form.kanal,
    ueberpruefungAm: form.ueberpruefungAm ?? null,
    expectedLockVersion: saved.value.lockVersion,
  });
  if (!agreed.ok) return agreed;
  const abstimmung = schritte.eintraege.find((e) => e.aktion === "abstimmen")?.details ?? {};
  await deps.repos.audit.record({
    aktion: "abstimmen",
    objekt: "ueberpruefung",
    objektId: agreed.value.id,
    personId: akte.personId,
    details: {
      ...abstimmung,
      art: "unveraendert",
      am: heute,
      imGespraech: form.kanal === "persoenlich",
      kanal: form.kanal,
      basis: basis.nummer,
      nummer,
      verlaengert: neu.verlaengert,
    },
  });
  return ok(agreed.value);
}
