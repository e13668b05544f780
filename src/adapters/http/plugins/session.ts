import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Sitzung } from "../../../application/auth/ports";
import { sitzungPruefen } from "../../../application/auth/sitzungPruefen";
import type { AppDeps } from "../appDeps";

export const SESSION_COOKIE = "kp_sitzung";
export const LOGIN_CSRF_COOKIE = "kp_login_csrf";

declare module "fastify" {
  interface FastifyRequest {
    sitzung: Sitzung | null;
  }
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A cookie's name: over HTTPS with the `__Host-` prefix, so the browser takes it only as Secure, for
 * path `/` and without `Domain` (no subdomain or plain-HTTP page can set or shadow it; ADR 0021).
 */
export function cookieName(request: FastifyRequest, name: string): string {
  return request.protocol === "https" ? `__Host-${name}` : name;
}

/** The value of one of the app's cookies under the name `cookieName` gives for this request. */
export function readCookie(request: FastifyRequest, name: string): string | undefined {
  return request.cookies[cookieName(request, name)];
}

export function cookieOptions(request: FastifyRequest, maxAgeSeconds?: number) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: request.protocol === "https",
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

/** Resolves the session cookie to the signed-in actor for every request. */
export function registerSession(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest("sitzung", null);
  app.addHook("onRequest", async (request) => {
    if (request.url.startsWith("/assets/") || request.url === "/health") return;
    request.sitzung = await sitzungPruefen(deps, readCookie(request, SESSION_COOKIE));
  });
}

/** The CSRF token sent with a state-changing request: header for the API, hidden field for forms. */
export function submittedCsrf(request: FastifyRequest): string {
  const header = request.headers["x-csrf-token"];
  if (typeof header === "string") return header;
  const body = request.body as Record<string, unknown> | undefined;
  return typeof body?._csrf === "string" ? body._csrf : "";
}

export function hasValidCsrf(request: FastifyRequest): boolean {
  return request.sitzung !== null && safeEqual(submittedCsrf(request), request.sitzung.csrfToken);
}

export function clearSession(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(cookieName(request, SESSION_COOKIE), cookieOptions(request));
}
