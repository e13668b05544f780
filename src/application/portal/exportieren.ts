import { buildKalender } from "../../domain/kalender/icalendar";
import { planKalenderEintraege, type PlanKalenderTexte } from "../../domain/kalender/planKalender";
import type { PdfRenderer, PlanDokument } from "../ports";
import { buildPortalDokument } from "./buildPortalDokument";
import { loadPortalPlan } from "./loadPortalPlan";
import { portalErr, portalOk } from "./portalFehler";
import type { PortalDeps, PortalResult, Sprache } from "./ports";

/** The recipient's own plan version as tagged PDF in their language; audited as an export. */
export async function exportPortalPdf(
  deps: PortalDeps,
  pdf: PdfRenderer,
  nummer: number,
  sprache: { lang: string; sprache: Sprache },
): Promise<PortalResult<{ bytes: Uint8Array; dokument: PlanDokument }>> {
  const { lang } = sprache;
  const version = (await loadPortalPlan(deps))?.versionen.find((v) => v.nummer === nummer);
  const dokument = version ? await buildPortalDokument(deps, version, lang, sprache.sprache) : null;
  if (!version || !dokument) return portalErr("portal.nicht_gefunden");
  const bytes = await pdf.renderPlan(dokument);
  await deps.repos.audit.record({
    aktion: "exportieren",
    objekt: "plan_pdf",
    objektId: version.id,
    personId: deps.akteur.personId,
    details: { nummer, lang, sprache: sprache.sprache },
  });
  return portalOk({ bytes, dokument });
}

/**
 * Every appointment and step deadline of the current plan as an iCalendar document (Europe/Berlin,
 * stable UIDs); audited as an export. Not found while no agreed version has a date.
 */
export async function exportKalender(
  deps: PortalDeps,
  texte: PlanKalenderTexte & { kalenderName: string },
  /** Set when a subscription reads the feed: the audit row names it as the reader. */
  aboId?: string,
): Promise<PortalResult<string>> {
  const plan = await loadPortalPlan(deps);
  const jobcenter = await deps.repos.stammdaten.jobcenter();
  const eintraege = plan
    ? planKalenderEintraege(
        { planId: plan.planId, versionen: plan.versionen, ortStandard: jobcenter.anschrift },
        texte,
      )
    : [];
  if (eintraege.length === 0 && !aboId) return portalErr("portal.nicht_gefunden");
  await deps.repos.audit.record({
    aktion: "exportieren",
    objekt: aboId ? "kalender_abo" : "portal_termin",
    objektId: aboId ?? null,
    personId: deps.akteur.personId,
    details: { eintraege: eintraege.length },
  });
  return portalOk(
    buildKalender(
      { prodId: PRODID_PORTAL, name: `${texte.kalenderName}: ${jobcenter.name}`, eintraege },
      deps.clock.now(),
    ),
  );
}

export const PRODID_PORTAL = "-//Kooperationsplan//Portal//DE";
