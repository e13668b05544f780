import { rechtsstandAm } from "../../domain/rechtsstand/rechtsstandAm";
import { err, ok, type Result } from "../../domain/shared/result";
import { belehrung, belehrungText } from "../../domain/verbindlichkeit/belehrung";
import type { Brief, EinladungInput } from "../../domain/verbindlichkeit/brief";
import { pruefeEinladung } from "../../domain/verbindlichkeit/pruefeEinladung";
import { rechtsbehelfText } from "../../domain/verbindlichkeit/rechtsbehelf";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { loadRegelConfig } from "./loadRegelConfig";

/**
 * Invitation to the Potenzialanalyse/plan conversation. Under the Bürgergeld law the first invitation
 * carries no Rechtsfolgenbelehrung (§ 15 Abs. 4 a. F.): such a request is refused.
 */
export async function createEinladung(
  deps: UseCaseDeps,
  personId: string,
  input: EinladungInput,
): Promise<Result<Brief>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  if (!(await deps.repos.personen.get(personId))) return err("nicht_gefunden");
  const geprueft = pruefeEinladung(input);
  if (!geprueft.ok) return geprueft;
  const rechtsstand = rechtsstandAm(input.datum);
  const jobcenter = await deps.repos.stammdaten.jobcenter();
  const brief = await deps.repos.rechtsfolgen.briefe.create(personId, {
    art: "einladung",
    rechtsstand,
    planVersionId: null,
    schrittId: null,
    datum: input.datum,
    schrittText: "",
    frist: input.terminAm,
    nachweis: "",
    rechtsfolgenText: input.mitRechtsfolgenbelehrung
      ? belehrungText(belehrung(rechtsstand, await loadRegelConfig(deps)))
      : "",
    rechtsbehelfText: rechtsbehelfText(jobcenter.name, jobcenter.anschrift),
    mitRechtsfolgenbelehrung: input.mitRechtsfolgenbelehrung,
    ersteEinladung: input.ersteEinladung,
    terminOrt: input.terminOrt,
  });
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "brief",
    objektId: brief.id,
    personId,
    details: { art: "einladung", rechtsstand, ersteEinladung: input.ersteEinladung },
  });
  return ok(brief);
}
