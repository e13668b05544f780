import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { vorschlagUebernehmen } from "../../domain/portal/vorschlagUebernehmen";
import { err, ok, type Result } from "../../domain/shared/result";
import { collectAudit } from "../audit/collectAudit";
import { requireRecht } from "../guard";
import { startFortschreibung } from "../kooperationsplan/startFortschreibung";
import type { PlanAkte } from "../ports";
import type { PortalStaffDeps } from "./ports";

/**
 * The open Fortschreibung draft, started now (by the usual use case) if there is none yet; `neu` says
 * whether it was started by this takeover. Starting it is a step of the takeover: its audit entry is not
 * written on its own, the takeover's row names the new version.
 */
async function entwurfFuer(
  deps: PortalStaffDeps,
  akte: PlanAkte,
): Promise<Result<{ version: PlanVersion; neu: boolean }>> {
  const offen = akte.versionen.find((v) => v.status === "entwurf");
  if (offen) return ok({ version: offen, neu: false });
  const gestartet = await startFortschreibung(collectAudit(deps).deps, akte.planId);
  return gestartet.ok ? ok({ version: gestartet.value, neu: true }) : gestartet;
}

/**
 * Takes a recipient's proposal over into the next version (the Fortschreibung draft) with one action, or
 * declines it with a reason. Both sides see the outcome. One audit row either way (the proposal's); when
 * the takeover started the draft, the row names the new version (`angelegt`).
 */
export async function entscheideVorschlag(
  deps: PortalStaffDeps,
  vorschlagId: string,
  entscheidung: "uebernehmen" | "ablehnen",
  ergebnis: string,
): Promise<Result<{ personId: string; planId: string | null; nummer: number | null }>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const vorschlag = await deps.portal.beteiligung.getVorschlag(vorschlagId);
  if (!vorschlag) return err("nicht_gefunden");
  if (vorschlag.status !== "offen") return err("plan.konflikt");
  const now = deps.clock.now();
  const audit = (nummer: number | null, angelegt?: string) =>
    deps.repos.audit.record({
      aktion: "aendern",
      objekt: "portal_vorschlag",
      objektId: vorschlagId,
      personId: vorschlag.personId,
      details: { entscheidung, nummer, ...(angelegt ? { angelegt } : {}) },
    });
  if (entscheidung === "ablehnen") {
    await deps.portal.beteiligung.decideVorschlag(
      vorschlagId,
      { status: "abgelehnt", ergebnis, uebernommenIn: null },
      now,
    );
    await audit(null);
    return ok({ personId: vorschlag.personId, planId: null, nummer: null });
  }
  // A request for a Schlichtung is not plan content: the counsellor starts the Schlichtung from it.
  if (vorschlag.art === "schlichtung") return err("plan.konflikt");
  const art = vorschlag.art;
  const akte = await deps.repos.plaene.findByPerson(vorschlag.personId);
  if (!akte) return err("plan.kein_abgestimmter_plan");
  const entwurf = await entwurfFuer(deps, akte);
  if (!entwurf.ok) return entwurf;
  const { version, neu } = entwurf.value;
  const inhalt = vorschlagUebernehmen(version.inhalt, { art, text: vorschlag.text }, deps.ids.eintragId());
  const gespeichert = await deps.repos.plaene.updateVersion(
    { ...version, inhalt, lockVersion: version.lockVersion + 1 },
    version.lockVersion,
  );
  if (!gespeichert) return err("plan.konflikt");
  const nummer = version.nummer;
  await deps.portal.beteiligung.decideVorschlag(
    vorschlagId,
    { status: "übernommen", ergebnis, uebernommenIn: nummer },
    now,
  );
  await audit(nummer, neu ? version.id : undefined);
  return ok({ personId: vorschlag.personId, planId: akte.planId, nummer });
}
