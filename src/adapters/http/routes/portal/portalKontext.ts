import type { FastifyReply, FastifyRequest } from "fastify";
import { createElement, type ReactElement } from "react";
import type { PortalSitzung } from "../../../../application/portal/auth/ports";
import type { PortalDeps, PortalResult } from "../../../../application/portal/ports";
import type { PortalFehlerCode } from "../../../../domain/portal/fehlerCodes";
import { toSprache, type Sprache } from "../../../../domain/portal/portalSprache";
import { renderPage } from "../../../../web/render";
import { PortalFehlerPage } from "../../../../web/portal/pages/PortalFormPages";
import { textFor } from "../../../../web/portal/translations";
import type { AppDeps } from "../../appDeps";
import { cookieName, cookieOptions, readCookie, safeEqual } from "../../plugins/session";
import { portalAuthFor } from "./portalAuth";
import { STATUS_PORTAL } from "../../problem";

export const PORTAL_COOKIE = "kp_portal";
export const PORTAL_LOGIN_CSRF = "kp_portal_login_csrf";
export const SPRACHE_COOKIE = "kp_portal_sprache";

declare module "fastify" {
  interface FastifyRequest {
    portalSitzung: PortalSitzung | null;
  }
}

/** Page language: `?sprache=` (remembered in a cookie), the cookie, the person's preferred language, German. */
export function spracheFor(request: FastifyRequest, reply: FastifyReply): Sprache {
  const gewaehlt = toSprache((request.query as Record<string, unknown> | undefined)?.sprache);
  if (gewaehlt) {
    reply.setCookie(cookieName(request, SPRACHE_COOKIE), gewaehlt, cookieOptions(request, 365 * 24 * 3600));
    return gewaehlt;
  }
  return toSprache(readCookie(request, SPRACHE_COOKIE)) ?? request.portalSitzung?.sprache ?? "de";
}

export const pfadOf = (request: FastifyRequest) => request.url.split("?")[0] ?? "/portal";

export function sendPortalHtml(reply: FastifyReply, page: ReactElement, status = 200): FastifyReply {
  return reply.code(status).type("text/html; charset=utf-8").send(renderPage(page));
}

export function sendPortalFehler(
  request: FastifyRequest,
  reply: FastifyReply,
  code: PortalFehlerCode,
): FastifyReply {
  const sprache = spracheFor(request, reply);
  const status = STATUS_PORTAL[code];
  return sendPortalHtml(
    reply,
    createElement(PortalFehlerPage, { sprache, status, text: textFor(sprache).fehler.codes[code] }),
    status,
  );
}

/** The fully signed-in recipient, or a redirect to the login (or to the second factor). */
export function portalSeite(request: FastifyRequest, reply: FastifyReply): PortalSitzung | null {
  const s = request.portalSitzung;
  if (!s) {
    void reply.redirect("/portal/anmelden", 303);
    return null;
  }
  if (s.stufe !== "voll") {
    void reply.redirect("/portal/zweiter-faktor", 303);
    return null;
  }
  return s;
}

/** Like `portalSeite`, plus the CSRF check of a form (`_csrf` field or `x-csrf-token` header). */
export function portalFormular(
  request: FastifyRequest,
  reply: FastifyReply,
  gesendet?: string,
): PortalSitzung | null {
  const s = portalSeite(request, reply);
  if (!s) return null;
  const header = request.headers["x-csrf-token"];
  const feld = (request.body as Record<string, unknown> | undefined)?._csrf;
  const token = gesendet ?? (typeof header === "string" ? header : typeof feld === "string" ? feld : "");
  if (!safeEqual(token, s.csrfToken)) {
    sendPortalFehler(request, reply, "portal.csrf");
    return null;
  }
  return s;
}

/** Runs a recipient use case in one transaction in their context; refusals are audited separately. */
export async function runPortal<T>(
  deps: AppDeps,
  request: FastifyRequest,
  sitzung: PortalSitzung,
  fn: (d: PortalDeps) => Promise<PortalResult<T>>,
): Promise<PortalResult<T>> {
  const akteur = sitzung.akteur;
  const ergebnis = await deps.transaktionen
    .alsEmpfaenger(akteur, async ({ repos }) => {
      const r = await fn({ repos, akteur, clock: deps.clock, ids: deps.ids });
      if (!r.ok) throw new PortalRollback(r);
      return r;
    })
    .catch((e: unknown) => {
      if (e instanceof PortalRollback) return e.result as PortalResult<T>;
      throw e;
    });
  if (!ergebnis.ok && ergebnis.error.code === "portal.nicht_gefunden")
    await portalAuthFor(deps).store.recordVerweigert(
      akteur,
      `${request.method} ${request.routeOptions.url ?? ""}`,
    );
  return ergebnis;
}

class PortalRollback extends Error {
  constructor(readonly result: PortalResult<unknown>) {
    super("rollback");
  }
}
