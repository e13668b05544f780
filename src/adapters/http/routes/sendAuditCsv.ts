import type { FastifyReply } from "fastify";
import type { AuditZeile } from "../../../application/audit/ports";
import { toCsv } from "../../../domain/audit/csv";
import type { Result } from "../../../domain/shared/result";
import { de } from "../../../web/translations/de";

const rolle = (r: string | null) => (r ? ((de.rollen as Record<string, string>)[r] ?? r) : "");

/** The audit rows as CSV cells, in the words of the screen. */
export function auditCsv(zeilen: readonly AuditZeile[]): string {
  const t = de.audit.csv;
  return toCsv(
    t.kopf,
    zeilen.map((z) => {
      const { art9: markiert, ...rest } = z.details ?? {};
      return [
        z.at,
        z.akteurName ?? "",
        rolle(z.akteurRolle),
        de.protokoll.aktionen[z.aktion] ?? z.aktion,
        z.objekt,
        z.objektId ?? "",
        z.personId ?? "",
        markiert === true ? t.ja : t.nein,
        Object.keys(rest).length ? JSON.stringify(rest) : "",
      ];
    }),
  );
}

/** Sends the export as a download (or the error page / problem the caller chose). */
export function sendAuditCsv(
  reply: FastifyReply,
  result: Extract<Result<AuditZeile[]>, { ok: true }>,
): FastifyReply {
  return reply
    .type("text/csv; charset=utf-8")
    .header("content-disposition", `attachment; filename="${de.audit.csv.dateiname}"`)
    .header("cache-control", "no-store")
    .send(auditCsv(result.value));
}
