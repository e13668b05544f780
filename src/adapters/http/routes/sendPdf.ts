import type { FastifyReply } from "fastify";
import type { PlanDokument } from "../../../application/ports";
import type { Result } from "../../../domain/shared/result";
import { problem, sendProblem } from "../problem";

export function pdfFileName(dokument: PlanDokument): string {
  const name = dokument.person.name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `Kooperationsplan-${name}-Version-${dokument.versionNummer}.pdf`;
}

export function sendPdf(
  reply: FastifyReply,
  result: Result<{ bytes: Uint8Array; dokument: PlanDokument }>,
): FastifyReply {
  if (!result.ok) return sendProblem(reply, problem(result.error.code));
  return reply
    .type("application/pdf")
    .header("content-disposition", `attachment; filename="${pdfFileName(result.value.dokument)}"`)
    .send(Buffer.from(result.value.bytes));
}
