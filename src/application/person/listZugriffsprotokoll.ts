import type { AuditCursor } from "../../domain/audit/auditSeite";
import { AUDIT_SEITE } from "../../domain/audit/auditSeite";
import { zeigeDetails, type AuditLeser } from "../../domain/audit/zeigeDetails";
import { err, ok, type Result } from "../../domain/shared/result";
import type { AuditSeite } from "../audit/ports";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";

/**
 * One page of who read or changed a person's data, newest first (team lead, data-protection officer).
 * A person of another jobcentre is not found, for everybody (checked before the role); details are minimised for the reader's
 * role (no health flag; the data-protection officer sees no case content). The reading is audited too.
 */
export async function listZugriffsprotokoll(
  deps: UseCaseDeps,
  personId: string,
  nach: AuditCursor | null = null,
  limit = AUDIT_SEITE,
): Promise<Result<AuditSeite>> {
  // First whether the person exists in the actor's jobcentre (a narrow lookup that reads no content):
  // another jobcentre's person is 404 for every role, administration included; then the right.
  if ((await deps.repos.auditProtokoll.zielPerson("personId", personId)) === null)
    return err("nicht_gefunden");
  const allowed = await requireRecht(deps, "audit.lesen");
  if (!allowed.ok) return allowed;
  const seite = await deps.repos.auditProtokoll.list({ personId }, nach, limit);
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "zugriffsprotokoll",
    objektId: personId,
    personId,
    details: { anzahl: seite.eintraege.length },
  });
  const leser = deps.actor.rolle as AuditLeser;
  return ok({
    ...seite,
    eintraege: seite.eintraege.map((e) => ({ ...e, details: zeigeDetails(e.details ?? {}, leser) })),
  });
}
