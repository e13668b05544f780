import { err, ok, type Result } from "../../domain/shared/result";
import type { UseCaseDeps } from "../ports";
import type { BriefDokument } from "./ports";

/** Letter, person, counsellor contact, jobcentre address and the plan version it refers to. */
export async function buildBriefDokument(deps: UseCaseDeps, briefId: string): Promise<Result<BriefDokument>> {
  const brief = await deps.repos.rechtsfolgen.briefe.get(briefId);
  if (!brief) return err("nicht_gefunden");
  const person = await deps.repos.personen.get(brief.personId);
  if (!person) return err("nicht_gefunden");
  const betreuung = (await deps.repos.stammdaten.mitarbeitende(person.betreuerId)) ?? {
    name: "",
    telefon: "",
    email: "",
  };
  const akte = brief.planId ? await deps.repos.plaene.findById(brief.planId) : null;
  const version = akte?.versionen.find((v) => v.id === brief.planVersionId);
  return ok({
    brief,
    jobcenter: await deps.repos.stammdaten.jobcenter(),
    person: { name: `${person.vorname} ${person.nachname}`, bgNummer: person.bgNummer },
    betreuung,
    plan: version?.abstimmung ? { versionNummer: version.nummer, abgestimmtAm: version.abstimmung.am } : null,
    lang: "de-DE",
  });
}
