import { formatGermanDate } from "../../domain/shared/isoDate";
import { err, ok, type Result } from "../../domain/shared/result";
import type { Schlichtung, SchlichtungStartInput } from "../../domain/verbindlichkeit/schlichtung";
import { collectAudit } from "../audit/collectAudit";
import { startSchlichtung } from "../rechtsfolgen/startSchlichtung";
import type { PortalStaffDeps } from "./ports";

/**
 * The counsellor starts the Schlichtung a recipient asked for in the portal: the usual `startSchlichtung`
 * (requested by the person), then the request is marked as taken up so both sides see the outcome.
 * One audit row (the request's), naming the new Schlichtung: starting it is a step of this action.
 */
export async function starteSchlichtungAusAntrag(
  deps: PortalStaffDeps,
  vorschlagId: string,
  input: Omit<SchlichtungStartInput, "beantragtVon">,
): Promise<Result<Schlichtung>> {
  const antrag = await deps.portal.beteiligung.getVorschlag(vorschlagId);
  if (!antrag || antrag.art !== "schlichtung") return err("nicht_gefunden");
  if (antrag.status !== "offen") return err("plan.konflikt");
  const schlichtung = await startSchlichtung(collectAudit(deps).deps, antrag.personId, {
    ...input,
    beantragtVon: "person",
  });
  if (!schlichtung.ok) return schlichtung;
  await deps.portal.beteiligung.decideVorschlag(
    vorschlagId,
    {
      status: "übernommen",
      ergebnis: `Schlichtung ab ${formatGermanDate(input.beginn)} mit ${input.schlichterName}`,
      uebernommenIn: null,
    },
    deps.clock.now(),
  );
  await deps.repos.audit.record({
    aktion: "aendern",
    objekt: "portal_vorschlag",
    objektId: vorschlagId,
    personId: antrag.personId,
    details: { schlichtung: schlichtung.value.id },
  });
  return ok(schlichtung.value);
}
