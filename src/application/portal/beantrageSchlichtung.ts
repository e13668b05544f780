import { schlichtungImPortal, type Schlichtungsantrag } from "../../domain/portal/schlichtungsantrag";
import type { IsoDate } from "../../domain/shared/isoDate";
import { loadPortalPlan } from "./loadPortalPlan";
import { portalErr, portalOk } from "./portalFehler";
import type { PortalDeps, PortalResult } from "./ports";

/**
 * The recipient asks for a Schlichtungsverfahren (§ 15a a. F.): recorded for the counsellor, who starts it
 * with `startSchlichtung` (requested by the person). Only for an old-law plan while § 15a still applies.
 */
export async function beantrageSchlichtung(
  deps: PortalDeps,
  antrag: Schlichtungsantrag,
  heute: IsoDate,
): Promise<PortalResult<string>> {
  const plan = await loadPortalPlan(deps);
  const abgestimmtAm = plan?.aktuelle?.abstimmung?.am ?? null;
  if (!schlichtungImPortal(abgestimmtAm, heute).beantragbar)
    return portalErr("portal.schlichtung_nicht_moeglich", "anliegen");
  const offen = (await deps.repos.beteiligung.listVorschlaege(deps.akteur.personId)).some(
    (v) => v.art === "schlichtung" && v.status === "offen",
  );
  if (offen) return portalErr("portal.schlichtung_beantragt", "anliegen");
  const id = await deps.repos.beteiligung.addVorschlag("schlichtung", antrag.anliegen, deps.clock.now());
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "portal_schlichtungsantrag",
    objektId: id,
    personId: deps.akteur.personId,
  });
  return portalOk(id);
}
