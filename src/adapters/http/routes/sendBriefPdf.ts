import type { FastifyReply, FastifyRequest } from "fastify";
import { exportBriefPdf } from "../../../application/rechtsfolgen/exportBriefPdf";
import type { AppDeps } from "../appDeps";
import { problem, sendProblem } from "../problem";
import { runUseCase } from "../runUseCase";

/** Renders a letter and sends it as a download named after kind, person and date. */
export async function sendBriefPdf(
  reply: FastifyReply,
  deps: AppDeps,
  request: FastifyRequest,
  briefId: string,
): Promise<FastifyReply> {
  const result = await runUseCase(deps, request, (d) => exportBriefPdf(d, deps.briefe, briefId));
  if (!result.ok) return sendProblem(reply, problem(result.error.code));
  const { brief, person } = result.value.dokument;
  const name = person.name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const art = brief.art.charAt(0).toUpperCase() + brief.art.slice(1);
  return reply
    .type("application/pdf")
    .header("content-disposition", `attachment; filename="${art}-${name}-${brief.datum}.pdf"`)
    .send(Buffer.from(result.value.bytes));
}
