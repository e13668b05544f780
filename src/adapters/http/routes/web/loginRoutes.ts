import { createElement } from "react";
import type { FastifyInstance } from "fastify";
import { anmelden, SITZUNG_MAX_MS } from "../../../../application/auth/anmelden";
import { LoginPage } from "../../../../web/pages/LoginPage";
import { de } from "../../../../web/translations/de";
import type { AppDeps } from "../../appDeps";
import {
  clearSession,
  cookieName,
  cookieOptions,
  hasValidCsrf,
  LOGIN_CSRF_COOKIE,
  readCookie,
  safeEqual,
  SESSION_COOKIE,
} from "../../plugins/session";
import { anmeldungAbgelehnt } from "../api/anmeldungAbgelehnt";
import { LoginSchema } from "../api/schemas";
import { lokalerPfad } from "../../lokalerPfad";
import { formWerte } from "./formData";
import { sendFehler, sendHtml } from "./html";

/** Only local paths are allowed as the target after login (no open redirect). */
const safeTarget = (weiter: unknown) => lokalerPfad(weiter, "/faelle");

export function loginRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get("/", async (request, reply) => reply.redirect(request.sitzung ? "/faelle" : "/anmelden", 303));

  app.get("/anmelden", async (request, reply) => {
    if (request.sitzung) return reply.redirect("/faelle", 303);
    const csrfToken = deps.tokens.token();
    reply.setCookie(cookieName(request, LOGIN_CSRF_COOKIE), csrfToken, cookieOptions(request, 3600));
    const weiter = (request.query as Record<string, unknown>).weiter;
    return sendHtml(
      reply,
      createElement(LoginPage, { csrfToken, weiter: typeof weiter === "string" ? weiter : undefined }),
    );
  });

  app.post(
    "/anmelden",
    { config: { rateLimit: { max: deps.loginLimit ?? 10, timeWindow: 60_000 } } },
    async (request, reply) => {
      const werte = formWerte(request.body);
      const cookie = readCookie(request, LOGIN_CSRF_COOKIE) ?? "";
      const sent = (request.body as Record<string, unknown> | undefined)?._csrf;
      if (cookie === "" || typeof sent !== "string" || !safeEqual(sent, cookie))
        return sendFehler(reply, "csrf");
      const parsed = LoginSchema.safeParse(werte);
      const result = parsed.success
        ? await anmelden(deps, parsed.data.benutzername, parsed.data.passwort, request.ip)
        : ({ ok: false, grund: "falsch" } as const);
      if (!result.ok) {
        const { status, code } = anmeldungAbgelehnt(reply, result);
        const page = createElement(LoginPage, {
          csrfToken: cookie,
          fehler: status === 401 ? de.login.fehler : de.fehler.codes[code],
          benutzername: werte.benutzername,
          weiter: werte.weiter,
        });
        return sendHtml(reply, page, status);
      }
      reply.clearCookie(cookieName(request, LOGIN_CSRF_COOKIE), cookieOptions(request));
      reply.setCookie(
        cookieName(request, SESSION_COOKIE),
        result.token,
        cookieOptions(request, SITZUNG_MAX_MS / 1000),
      );
      return reply.redirect(safeTarget(werte.weiter), 303);
    },
  );

  app.post("/abmelden", async (request, reply) => {
    if (request.sitzung && hasValidCsrf(request)) {
      await deps.store.delete(
        request.sitzung.actor,
        deps.tokens.hash(readCookie(request, SESSION_COOKIE) ?? ""),
      );
    }
    clearSession(request, reply);
    return reply.redirect("/anmelden", 303);
  });
}
