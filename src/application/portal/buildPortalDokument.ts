import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import type { PlanDokument } from "../ports";
import type { PortalDeps, Sprache } from "./ports";

/** The plan version as printed on the PDF, in the document language `lang` (BCP 47) and `sprache`. */
export async function buildPortalDokument(
  deps: PortalDeps,
  version: PlanVersion,
  lang: string,
  sprache?: Sprache,
): Promise<PlanDokument | null> {
  const person = await deps.repos.personen.get(deps.akteur.personId);
  if (!person) return null;
  const betreuung = (await deps.repos.stammdaten.mitarbeitende(person.betreuerId)) ?? {
    name: "",
    telefon: "",
    email: "",
  };
  return {
    jobcenter: await deps.repos.stammdaten.jobcenter(),
    person: { name: `${person.vorname} ${person.nachname}`, bgNummer: person.bgNummer },
    betreuung,
    versionNummer: version.nummer,
    inhalt: version.inhalt,
    abgestimmtAm: version.abstimmung?.am ?? null,
    kanal: version.abstimmung?.kanal ?? null,
    ueberpruefungAm: version.abstimmung?.ueberpruefungAm ?? null,
    lang,
    ...(sprache ? { sprache } : {}),
    ...(sprache && sprache !== "de"
      ? { uebersetzungen: await deps.repos.uebersetzungen.forVersion(version.id, sprache) }
      : {}),
  };
}
