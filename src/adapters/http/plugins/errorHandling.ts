import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { renderFehlerSeite } from "../routes/web/renderFehlerSeite";
import { problem, sendProblem, type FeldFehler } from "../problem";
import { de, type FeldFehlerCode } from "../../../web/translations/de";

const wantsHtml = (request: FastifyRequest) => !request.url.startsWith("/api/");

function validationErrors(error: FastifyError): FeldFehler[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map((v) => {
    const msg = v.message ?? "";
    const code = (msg in de.fehler.felder ? msg : "ungueltig") as FeldFehlerCode;
    const where = `${v.instancePath ?? ""}`.replace(/^\//, "").replaceAll("/", ".");
    const feld = [error.validationContext === "body" ? "" : error.validationContext, where]
      .filter(Boolean)
      .join(".");
    return { feld, code, meldung: de.fehler.felder[code] };
  });
}

/**
 * Database conflicts between simultaneous requests: unique violation (the other request created the
 * row first), serialization failure and deadlock. The database kept one of them; the other is told 409.
 */
const GLEICHZEITIG = new Set(["23505", "40001", "40P01"]);

/** Every error becomes problem+json (API) or a German error page (web); never a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply: FastifyReply) => {
    const status = error.statusCode ?? 500;
    let p = problem("intern");
    if (hasZodFastifySchemaValidationErrors(error)) p = problem("validierung", validationErrors(error));
    else if (GLEICHZEITIG.has(String(error.code))) p = problem("konflikt.gleichzeitig");
    else if (status === 429) p = problem("zu_viele_anfragen");
    else if (status === 413 || status === 415 || (status >= 400 && status < 500))
      p = { ...problem("validierung"), status };
    // Log the type, code and stack only: messages of database errors may contain personal data.
    else
      request.log.error(
        { err: { type: error.name, code: error.code, stack: error.stack?.split("\n").slice(1).join("\n") } },
        "Unerwarteter Fehler",
      );
    if (wantsHtml(request))
      return reply
        .code(p.status)
        .type("text/html; charset=utf-8")
        .send(renderFehlerSeite(p.status, p.detail));
    return sendProblem(reply, p);
  });
  app.setNotFoundHandler((request, reply) => {
    if (wantsHtml(request))
      return reply
        .code(404)
        .type("text/html; charset=utf-8")
        .send(renderFehlerSeite(404, de.fehler.seiteNichtGefunden));
    return sendProblem(reply, problem("nicht_gefunden"));
  });
}
