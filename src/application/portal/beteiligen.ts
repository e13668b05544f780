import type { BewerbungInput, SchrittMeldung, VorschlagInput } from "../../domain/portal/beteiligung";
import {
  nachweisDateiname,
  pruefeNachweis,
  sichererAnzeigetext,
  type InhaltsBefund,
} from "../../domain/portal/nachweis";
import { today } from "../today";
import { loadPortalPlan } from "./loadPortalPlan";
import { portalErr, portalOk } from "./portalFehler";
import type { PortalDeps, PortalResult } from "./ports";

/** Confirms receipt of the current version in Textform, with a timestamp. Not a signature. */
export async function bestaetigeEmpfang(deps: PortalDeps, nummer: number): Promise<PortalResult<true>> {
  const plan = await loadPortalPlan(deps);
  const version = plan?.versionen.find((v) => v.nummer === nummer);
  if (!version) return portalErr("portal.kein_plan");
  const neu = await deps.repos.beteiligung.addEmpfang(version.id, deps.clock.now());
  if (neu)
    await deps.repos.audit.record({
      aktion: "anlegen",
      objekt: "portal_empfang",
      objektId: version.id,
      personId: deps.akteur.personId,
      details: { nummer },
    });
  return portalOk(true);
}

/** Marks one of the recipient's own steps as done, or reports a problem with a reason. */
export async function meldeSchritt(deps: PortalDeps, meldung: SchrittMeldung): Promise<PortalResult<true>> {
  const aktuelle = (await loadPortalPlan(deps))?.aktuelle;
  if (!aktuelle) return portalErr("portal.kein_plan");
  if (!aktuelle.inhalt.schritte.some((s) => s.id === meldung.eintragId))
    return portalErr("portal.schritt_unbekannt", "eintragId");
  await deps.repos.beteiligung.addSchrittStatus({ planVersionId: aktuelle.id, ...meldung }, deps.clock.now());
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "portal_schritt_status",
    objektId: aktuelle.id,
    personId: deps.akteur.personId,
    details: { eintragId: meldung.eintragId, status: meldung.status },
  });
  return portalOk(true);
}

/** Records an application (Eigenbemühung) in the recipient's log. */
export async function erfasseBewerbung(
  deps: PortalDeps,
  bewerbung: BewerbungInput,
): Promise<PortalResult<string>> {
  const id = await deps.repos.beteiligung.addBewerbung(bewerbung, deps.clock.now());
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "portal_bewerbung",
    objektId: id,
    personId: deps.akteur.personId,
  });
  return portalOk(id);
}

/** Sends a proposal to change the plan: a new step, a different goal, or a comment. */
export async function schlageVor(deps: PortalDeps, vorschlag: VorschlagInput): Promise<PortalResult<string>> {
  const id = await deps.repos.beteiligung.addVorschlag(vorschlag.art, vorschlag.text, deps.clock.now());
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "portal_vorschlag",
    objektId: id,
    personId: deps.akteur.personId,
    details: { art: vorschlag.art },
  });
  return portalOk(id);
}

export interface Hochladen {
  dateiname: string;
  beschreibung: string;
  inhalt: Uint8Array;
  /** MIME type detected from the bytes (null: unknown content). */
  erkannterTyp: string | null;
  /** Whether the bytes carry active content (scripts, launch actions, embedded files, markup). */
  befund: InhaltsBefund;
  sha256: string;
}

/**
 * Stores an evidence upload after checking size, type and active content by the bytes; nothing is
 * stored on refusal. The stored name is the server's (`Nachweis-<date>.<type>`), never the sender's.
 */
export async function ladeNachweisHoch(deps: PortalDeps, datei: Hochladen): Promise<PortalResult<string>> {
  const pruefung = pruefeNachweis(datei.inhalt.byteLength, datei.erkannterTyp, datei.befund);
  if (!pruefung.ok) return portalErr(pruefung.code, "datei");
  const aktuelle = (await loadPortalPlan(deps))?.aktuelle;
  const id = await deps.repos.beteiligung.addNachweis(
    {
      planVersionId: aktuelle?.id ?? null,
      dateiname: nachweisDateiname(pruefung.typ, today(deps.clock)),
      beschreibung: sichererAnzeigetext(datei.beschreibung, 300),
      mimeTyp: pruefung.typ,
      sha256: datei.sha256,
      inhalt: datei.inhalt,
    },
    deps.clock.now(),
  );
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "portal_nachweis",
    objektId: id,
    personId: deps.akteur.personId,
    details: { groesse: datei.inhalt.byteLength, typ: pruefung.typ },
  });
  return portalOk(id);
}
