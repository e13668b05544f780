import { rechtsstandAm } from "../../domain/rechtsstand/rechtsstandAm";
import { ok, type Result } from "../../domain/shared/result";
import { belehrung, belehrungText } from "../../domain/verbindlichkeit/belehrung";
import type { Brief, BriefVorbereitenInput } from "../../domain/verbindlichkeit/brief";
import { pruefeBrief } from "../../domain/verbindlichkeit/pruefeBrief";
import { rechtsbehelfText } from "../../domain/verbindlichkeit/rechtsbehelf";
import { requireRecht } from "../guard";
import { loadVersion } from "../kooperationsplan/loadVersion";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";
import { loadRegelConfig } from "./loadRegelConfig";

/**
 * Prepares a letter (draft) from a step of the agreed plan version: an Aufforderung mit
 * Rechtsfolgenbelehrung under the Bürgergeld law, a Verpflichtung by Verwaltungsakt from 1.7.2026 —
 * decided by the day the letter is dated. Consequences come from the rules and the jobcentre's corrections.
 */
export async function prepareBrief(
  deps: UseCaseDeps,
  planId: string,
  nummer: number,
  schrittId: string,
  input: BriefVorbereitenInput,
): Promise<Result<Brief>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const loaded = await loadVersion(deps, planId, nummer);
  if (!loaded.ok) return loaded;
  const { version, akte } = loaded.value;
  const schritt = pruefeBrief(version, schrittId, input, today(deps.clock));
  if (!schritt.ok) return schritt;
  const rechtsstand = rechtsstandAm(input.datum);
  const jobcenter = await deps.repos.stammdaten.jobcenter();
  const brief = await deps.repos.rechtsfolgen.briefe.create(akte.personId, {
    art: input.art,
    rechtsstand,
    planVersionId: version.id,
    schrittId,
    datum: input.datum,
    schrittText: schritt.value.text,
    frist: input.frist,
    nachweis: input.nachweis || schritt.value.nachweis,
    rechtsfolgenText: belehrungText(belehrung(rechtsstand, await loadRegelConfig(deps))),
    rechtsbehelfText: rechtsbehelfText(jobcenter.name, jobcenter.anschrift),
    mitRechtsfolgenbelehrung: true,
    ersteEinladung: false,
    terminOrt: "",
  });
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "brief",
    objektId: brief.id,
    personId: akte.personId,
    details: { art: brief.art, rechtsstand, nummer, schrittId },
  });
  return ok(brief);
}
