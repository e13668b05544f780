import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { AuditEintragGelesen, UseCaseDeps } from "../ports";

/** Who read or changed a person's data, newest first (team lead; the reading itself is audited too). */
export async function listZugriffsprotokoll(
  deps: UseCaseDeps,
  personId: string,
  limit = 200,
): Promise<Result<AuditEintragGelesen[]>> {
  const allowed = await requireRecht(deps, "audit.lesen");
  if (!allowed.ok) return allowed;
  const eintraege = await deps.repos.audit.listForPerson(personId, limit);
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "zugriffsprotokoll",
    objektId: personId,
    personId,
    details: { anzahl: eintraege.length },
  });
  return ok(eintraege);
}
