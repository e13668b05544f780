import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { PdfRenderer, PlanDokument, UseCaseDeps } from "../ports";
import { loadVersion } from "./loadVersion";

/** Builds what the person receives in Textform: plan content plus person, counsellor contact and dates. */
export async function buildPlanDokument(
  deps: UseCaseDeps,
  planId: string,
  nummer: number,
): Promise<Result<PlanDokument>> {
  const allowed = await requireRecht(deps, "person.lesen");
  if (!allowed.ok) return allowed;
  const loaded = await loadVersion(deps, planId, nummer);
  if (!loaded.ok) return loaded;
  const { version, akte } = loaded.value;
  const person = await deps.repos.personen.get(akte.personId);
  if (!person) return err("nicht_gefunden");
  const betreuung = (await deps.repos.stammdaten.mitarbeitende(person.betreuerId)) ?? {
    name: "",
    telefon: "",
    email: "",
  };
  return ok({
    jobcenter: await deps.repos.stammdaten.jobcenter(),
    person: { name: `${person.vorname} ${person.nachname}`, bgNummer: person.bgNummer },
    betreuung,
    versionNummer: version.nummer,
    inhalt: version.inhalt,
    abgestimmtAm: version.abstimmung?.am ?? null,
    kanal: version.abstimmung?.kanal ?? null,
    ueberpruefungAm: version.abstimmung?.ueberpruefungAm ?? null,
    lang: "de-DE",
  });
}

/** Renders the plan as tagged PDF; audited as an export of the person's data. */
export async function exportPlanPdf(
  deps: UseCaseDeps,
  pdf: PdfRenderer,
  planId: string,
  nummer: number,
): Promise<Result<{ bytes: Uint8Array; dokument: PlanDokument }>> {
  const dokument = await buildPlanDokument(deps, planId, nummer);
  if (!dokument.ok) return dokument;
  const bytes = await pdf.renderPlan(dokument.value);
  const akte = await deps.repos.plaene.findById(planId);
  await deps.repos.audit.record({
    aktion: "exportieren",
    objekt: "plan_pdf",
    objektId: planId,
    personId: akte?.personId ?? null,
    details: { nummer },
  });
  return ok({ bytes, dokument: dokument.value });
}
