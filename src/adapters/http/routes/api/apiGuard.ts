import type { FastifyReply, FastifyRequest } from "fastify";
import type { Result } from "../../../../domain/shared/result";
import { domainFeldFehler, problem, sendProblem } from "../../problem";
import { hasValidCsrf } from "../../plugins/session";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** preHandler for the JSON API: a session is required, and a CSRF header on every state-changing request. */
export async function apiGuard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!request.sitzung) {
    await sendProblem(reply, problem("nicht_angemeldet"));
    return;
  }
  if (!SAFE.has(request.method) && !hasValidCsrf(request)) await sendProblem(reply, problem("csrf"));
}

/** Sends a use-case result: the value (optionally presented) or problem+json. */
export function sendResult<T>(
  reply: FastifyReply,
  result: Result<T>,
  status = 200,
  present?: (value: T) => unknown,
): FastifyReply {
  if (!result.ok) {
    const felder = domainFeldFehler(result.error);
    return sendProblem(reply, problem(result.error.code, felder.length > 0 ? felder : undefined));
  }
  return reply.code(status).send(present ? present(result.value) : result.value);
}
