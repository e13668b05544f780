import type { AuditFilter } from "../../domain/audit/auditFilter";
import { AUDIT_SEITE } from "../../domain/audit/auditSeite";
import { zeigeDetails } from "../../domain/audit/zeigeDetails";
import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import type { Akteur, AuditSeite, AuditZeile } from "./ports";

export interface AuditJobcenterSeite extends AuditSeite {
  akteure: Akteur[];
}

/** Which filters were used (audited without their values, except the person the rows are about). */
export const filterArten = (filter: AuditFilter): string[] =>
  (["akteurId", "personId", "aktion", "von", "bis"] as const).filter((k) => filter[k] !== undefined);

/** The data-protection officer's view of a row: no case content, Art. 9 reads only marked. */
export const fuerDatenschutz = (e: AuditZeile): AuditZeile => ({
  ...e,
  details: zeigeDetails(e.details ?? {}, "datenschutz"),
});

/**
 * One page of the jobcentre's audit log for the data-protection officer, filtered by staff member,
 * person, action and period. The reading is audited (with the person when the filter names one).
 */
export async function listAuditJobcenter(
  deps: UseCaseDeps,
  filter: AuditFilter,
  limit = AUDIT_SEITE,
): Promise<Result<AuditJobcenterSeite>> {
  const allowed = await requireRecht(deps, "audit.jobcenter.lesen");
  if (!allowed.ok) return allowed;
  const seite = await deps.repos.auditProtokoll.list(filter, filter.nach ?? null, limit);
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "audit_log",
    personId: filter.personId ?? null,
    details: { anzahl: seite.eintraege.length, filter: filterArten(filter) },
  });
  return ok({
    eintraege: seite.eintraege.map(fuerDatenschutz),
    naechste: seite.naechste,
    akteure: await deps.repos.auditProtokoll.akteure(),
  });
}
