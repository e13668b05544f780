import type { FastifyReply, FastifyRequest } from "fastify";
import type { ReactElement } from "react";
import type { Actor } from "../../../../application/ports";
import type { Result } from "../../../../domain/shared/result";
import { renderPage } from "../../../../web/render";
import { de } from "../../../../web/translations/de";
import { STATUS } from "../../problem";
import { hasValidCsrf } from "../../plugins/session";
import { renderFehlerSeite } from "./renderFehlerSeite";

export function sendHtml(reply: FastifyReply, page: ReactElement, status = 200): FastifyReply {
  return reply.code(status).type("text/html; charset=utf-8").send(renderPage(page));
}

export function sendFehler(reply: FastifyReply, code: keyof typeof STATUS): FastifyReply {
  return reply
    .code(STATUS[code])
    .type("text/html; charset=utf-8")
    .send(renderFehlerSeite(STATUS[code], de.fehler.codes[code]));
}

/** Signed-in actor and CSRF token for a page; redirects to the login page otherwise. */
export function pageContext(
  request: FastifyRequest,
  reply: FastifyReply,
): { actor: Actor; csrfToken: string } | null {
  if (!request.sitzung) {
    void reply.redirect(`/anmelden?weiter=${encodeURIComponent(request.url)}`, 303);
    return null;
  }
  return { actor: request.sitzung.actor, csrfToken: request.sitzung.csrfToken };
}

/** Like `pageContext`, plus the CSRF check for a form submission. */
export function formContext(
  request: FastifyRequest,
  reply: FastifyReply,
): { actor: Actor; csrfToken: string } | null {
  const ctx = pageContext(request, reply);
  if (!ctx) return null;
  if (!hasValidCsrf(request)) {
    sendFehler(reply, "csrf");
    return null;
  }
  return ctx;
}

/** Renders the German error page for a failed use case that has no form to show it in. */
export function failPage<T>(
  reply: FastifyReply,
  result: Result<T>,
): result is Extract<Result<T>, { ok: false }> {
  if (result.ok) return false;
  sendFehler(reply, result.error.code);
  return true;
}
