import { codeInhalt } from "../../domain/assistent/codeInhalt";
import { fuehreBereichswahlFort } from "../../domain/assistent/fuehreBereichswahlFort";
import { fortschreibungsInhalt } from "../../domain/kooperationsplan/fortschreiben";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import type { UnveraendertForm } from "../../domain/kooperationsplan/unveraendertFortschreiben";
import {
  applyUeberpruefung,
  hatAenderungen,
  type UeberpruefungsForm,
} from "../../domain/kooperationsplan/ueberpruefungsWahl";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";
import { fortschreibenUnveraendert } from "./fortschreibenUnveraendert";
import { legeFortschreibungAn } from "./legeFortschreibungAn";

/**
 * The review with choices (issue 12, ADR 0020): the agreed version `basis` continued as a new draft with
 * each entry kept, changed, given a new deadline, marked done or removed; it then goes through the usual
 * preview → agree → hand over. One new version and one audit row (`anlegen plan_version`, the choices as
 * counts and ids). A review begun meanwhile (a draft exists, or `basis` is no longer the agreed version)
 * is `plan.konflikt`; a refused choice stores nothing.
 */
export async function fortschreibenMitAenderungen(
  deps: UseCaseDeps,
  planId: string,
  form: UeberpruefungsForm,
): Promise<Result<PlanVersion>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const akte = await deps.repos.plaene.findById(planId);
  if (!akte) return err("nicht_gefunden");
  if (akte.beendet) return err("plan.beendet");
  const basis = akte.versionen.find((v) => v.status === "abgestimmt");
  if (!basis) return err("plan.kein_abgestimmter_plan");
  const carried = fortschreibungsInhalt(akte.versionen);
  if (basis.nummer !== form.basis || (!carried.ok && carried.error.code === "plan.entwurf_existiert"))
    return err("plan.konflikt");
  if (!carried.ok) return carried;
  const heute = today(deps.clock);
  const neu = applyUeberpruefung(carried.value, form, heute);
  if (!neu.ok) return neu;
  const version = await legeFortschreibungAn(
    deps,
    akte,
    codeInhalt(fuehreBereichswahlFort(carried.value, neu.value.inhalt, new Set())),
    { ueberpruefung: "mit_aenderungen", am: heute, basis: basis.nummer, ...neu.value.bilanz },
  );
  return ok(version);
}

/**
 * The review page's one form: with `unveraendert` (the button "Unverändert fortschreiben") the plan is
 * continued and handed over at once, refused when a choice other than "keep" was made (it would be lost);
 * without, the choices make the next draft.
 */
export async function schliesseUeberpruefungAb(
  deps: UseCaseDeps,
  planId: string,
  form: { wahl: UeberpruefungsForm; unveraendert: UnveraendertForm | null },
): Promise<Result<PlanVersion>> {
  if (!form.unveraendert) return fortschreibenMitAenderungen(deps, planId, form.wahl);
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const akte = await deps.repos.plaene.findById(planId);
  const basis = akte?.versionen.find((v) => v.status === "abgestimmt");
  if (basis && hatAenderungen(basis.inhalt, form.wahl)) return err("plan.nicht_unveraendert");
  return fortschreibenUnveraendert(deps, planId, form.unveraendert);
}
