import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { anmelden } from "../../../../application/auth/anmelden";
import { SITZUNG_MAX_MS } from "../../../../application/auth/anmelden";
import type { AppDeps } from "../../appDeps";
import { problem, sendProblem } from "../../problem";
import {
  clearSession,
  cookieName,
  cookieOptions,
  hasValidCsrf,
  readCookie,
  SESSION_COOKIE,
} from "../../plugins/session";
import { anmeldungAbgelehnt } from "./anmeldungAbgelehnt";
import { LoginSchema } from "./schemas";

export function sitzungRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    "/api/v1/sitzung",
    {
      schema: { tags: ["Sitzung"], summary: "Anmelden", body: LoginSchema },
      config: { rateLimit: { max: deps.loginLimit ?? 10, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      // A cross-site HTML form cannot send JSON: this keeps login CSRF out without a pre-session token.
      if (!request.headers["content-type"]?.startsWith("application/json"))
        return sendProblem(reply, { ...problem("validierung"), status: 415 });
      const result = await anmelden(deps, request.body.benutzername, request.body.passwort, request.ip);
      if (!result.ok) {
        const { code } = anmeldungAbgelehnt(reply, result);
        return sendProblem(
          reply,
          code === "nicht_angemeldet"
            ? { ...problem(code), detail: "Benutzername oder Passwort stimmt nicht." }
            : problem(code),
        );
      }
      reply.setCookie(
        cookieName(request, SESSION_COOKIE),
        result.token,
        cookieOptions(request, SITZUNG_MAX_MS / 1000),
      );
      return reply.code(201).send({ csrfToken: result.csrfToken });
    },
  );
  api.get(
    "/api/v1/sitzung",
    { schema: { tags: ["Sitzung"], summary: "Aktuelle Sitzung" } },
    async (request, reply) => {
      if (!request.sitzung) return sendProblem(reply, problem("nicht_angemeldet"));
      const { actor, csrfToken } = request.sitzung;
      return { name: actor.name, rolle: actor.rolle, csrfToken };
    },
  );
  api.delete(
    "/api/v1/sitzung",
    { schema: { tags: ["Sitzung"], summary: "Abmelden" } },
    async (request, reply) => {
      if (!request.sitzung) return sendProblem(reply, problem("nicht_angemeldet"));
      if (!hasValidCsrf(request)) return sendProblem(reply, problem("csrf"));
      await deps.store.delete(
        request.sitzung.actor,
        deps.tokens.hash(readCookie(request, SESSION_COOKIE) ?? ""),
      );
      clearSession(request, reply);
      return reply.code(204).send();
    },
  );
}
