import type { Termin } from "../../domain/kooperationsplan/planInhalt";
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

/** The next appointment of the current plan (for the calendar file), with the jobcentre's address. */
export async function exportTermin(
  deps: PortalDeps,
): Promise<PortalResult<{ termin: Termin; jobcenter: { name: string; anschrift: string } }>> {
  const termin = (await loadPortalPlan(deps))?.aktuelle?.inhalt.naechsterTermin;
  if (!termin) return portalErr("portal.nicht_gefunden");
  await deps.repos.audit.record({
    aktion: "exportieren",
    objekt: "portal_termin",
    personId: deps.akteur.personId,
  });
  return portalOk({ termin, jobcenter: await deps.repos.stammdaten.jobcenter() });
}
