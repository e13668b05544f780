import type { FastifyInstance } from "fastify";
import { problem, sendProblem } from "../problem";
import { renderFehlerSeite } from "../routes/web/renderFehlerSeite";
import { de } from "../../../web/translations/de";

/** Whether a parsed value (string, array, object; keys too) holds a NUL character anywhere. */
export function enthaeltNullzeichen(wert: unknown, tiefe = 0): boolean {
  if (typeof wert === "string") return wert.includes("\u0000");
  if (tiefe > 32 || wert === null || typeof wert !== "object") return false;
  if (Array.isArray(wert)) return wert.some((w) => enthaeltNullzeichen(w, tiefe + 1));
  return Object.entries(wert).some(([k, w]) => k.includes("\u0000") || enthaeltNullzeichen(w, tiefe + 1));
}

/**
 * No text of the app may hold a NUL character (PostgreSQL refuses it in text and jsonb, which used to
 * surface as 500). Every body, query and path is checked once, before any route validates it, and
 * refused with 400 (`eingabe.nullzeichen`): problem+json for the API, the German error page otherwise.
 * Uploaded files are streamed later and not affected.
 */
export function registerNullzeichenSperre(app: FastifyInstance): void {
  app.addHook("preValidation", async (request, reply) => {
    if (
      !enthaeltNullzeichen(request.params) &&
      !enthaeltNullzeichen(request.query) &&
      !enthaeltNullzeichen(request.body)
    )
      return;
    if (request.url.startsWith("/api/")) return sendProblem(reply, problem("eingabe.nullzeichen"));
    return reply
      .code(400)
      .type("text/html; charset=utf-8")
      .send(renderFehlerSeite(400, de.fehler.codes["eingabe.nullzeichen"]));
  });
}
