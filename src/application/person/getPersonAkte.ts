import type { Leistungsberechtigte } from "../../domain/person/leistungsberechtigte";
import type { Potenzialanalyse } from "../../domain/potenzialanalyse/potenzialanalyse";
import { err, ok, type Result } from "../../domain/shared/result";
import { darfGesundheitSehen } from "../policies";
import { requireRecht } from "../guard";
import type { PlanAkte, Terminvermerk, UseCaseDeps } from "../ports";

export interface PersonAkte {
  person: Leistungsberechtigte;
  potenzialanalysen: Potenzialanalyse[];
  plan: PlanAkte | null;
  terminvermerke: Terminvermerk[];
  /** False when health details were withheld from this actor (Art. 9 DSGVO, need-to-know). */
  gesundheitSichtbar: boolean;
}

/** The analysis without its health fields (absent, so neither "Nein" nor "" is shown in their place). */
function ohneGesundheit(pa: Potenzialanalyse): Potenzialanalyse {
  const rest = { ...pa };
  delete rest.gesundheitlicheEinschraenkung;
  delete rest.gesundheitHinweis;
  return rest;
}

/** A person's file: master data, Potenzialanalysen, plan with all versions, notes. Audited as a read. */
export async function getPersonAkte(deps: UseCaseDeps, personId: string): Promise<Result<PersonAkte>> {
  const allowed = await requireRecht(deps, "person.lesen");
  if (!allowed.ok) return allowed;
  const person = await deps.repos.personen.get(personId);
  if (!person) return err("nicht_gefunden");
  const gesundheitSichtbar = darfGesundheitSehen(deps.actor, person);
  const potenzialanalysen = (await deps.repos.potenzialanalysen.list(personId)).map((pa) =>
    gesundheitSichtbar ? pa : ohneGesundheit(pa),
  );
  const plan = await deps.repos.plaene.findByPerson(personId);
  const terminvermerke = await deps.repos.terminvermerke.list(personId);
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "person",
    objektId: personId,
    personId,
    details: { gesundheitSichtbar },
  });
  return ok({ person, potenzialanalysen, plan, terminvermerke, gesundheitSichtbar });
}
