import type { AuditFilter } from "../../domain/audit/auditFilter";
import type { AuditCursor } from "../../domain/audit/auditSeite";
import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { filterArten, fuerDatenschutz } from "./listAuditJobcenter";
import type { AuditZeile } from "./ports";

const BLOCK = 1000;

/**
 * Every row that matches the filter (not only one page), for the data-protection officer's CSV
 * export, minimised like the screen. Read block by block in the stable order; audited as an export.
 */
export async function exportAuditCsv(deps: UseCaseDeps, filter: AuditFilter): Promise<Result<AuditZeile[]>> {
  const allowed = await requireRecht(deps, "audit.jobcenter.lesen");
  if (!allowed.ok) return allowed;
  const alle: AuditZeile[] = [];
  let nach: AuditCursor | null = null;
  do {
    const seite = await deps.repos.auditProtokoll.list(filter, nach, BLOCK);
    alle.push(...seite.eintraege.map(fuerDatenschutz));
    nach = seite.naechste;
  } while (nach);
  await deps.repos.audit.record({
    aktion: "exportieren",
    objekt: "audit_log",
    personId: filter.personId ?? null,
    details: { anzahl: alle.length, filter: filterArten(filter) },
  });
  return ok(alle);
}
