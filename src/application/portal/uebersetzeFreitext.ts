import { freitexteVon, type FreitextUebersetzungInput } from "../../domain/portal/freitexte";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { PortalStaffDeps } from "./ports";

/**
 * The counsellor adds (or replaces) a translation of a free-text entry of an agreed version into the
 * person's language; the portal shows it instead of the German text, marked as the jobcentre's.
 */
export async function uebersetzeFreitext(
  deps: PortalStaffDeps,
  personId: string,
  input: FreitextUebersetzungInput,
): Promise<Result<{ eintragId: string }>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const person = await deps.repos.personen.get(personId);
  if (!person) return err("nicht_gefunden");
  const sprache = person.sprache;
  if (sprache === "de") return err("nicht_gefunden");
  const akte = await deps.repos.plaene.findByPerson(personId);
  const version = akte?.versionen.find((v) => v.id === input.planVersionId && v.status !== "entwurf");
  if (!version) return err("nicht_gefunden");
  if (!freitexteVon(version.inhalt, sprache).some((f) => f.id === input.eintragId))
    return err("nicht_gefunden");
  await deps.portal.uebersetzungen.save(personId, { ...input, sprache });
  await deps.repos.audit.record({
    aktion: "aendern",
    objekt: "portal_uebersetzung",
    objektId: version.id,
    personId,
    details: { eintragId: input.eintragId, sprache },
  });
  return ok({ eintragId: input.eintragId });
}
