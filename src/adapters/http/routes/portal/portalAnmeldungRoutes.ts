import { createElement } from "react";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { aktiviereKonto } from "../../../../application/portal/auth/aktiviereKonto";
import { anmeldenPortal } from "../../../../application/portal/auth/anmeldenPortal";
import { PORTAL_MAX_MS } from "../../../../application/portal/auth/deps";
import {
  aktiviereTotp,
  beginneTotp,
  bestaetigeZweitenFaktor,
} from "../../../../application/portal/auth/totp";
import { AktivierungSchema, PortalLoginSchema, TotpCodeSchema } from "../../../../domain/portal/zugangsdaten";
import { portalFeldFehler } from "../../../../web/portal/components/PortalFelder";
import {
  PortalAktivierenPage,
  PortalAnmeldenPage,
  PortalInfoPage,
  PortalTotpPage,
} from "../../../../web/portal/pages/PortalFormPages";
import { textFor } from "../../../../web/portal/translations";
import type { AppDeps } from "../../appDeps";
import { cookieName, cookieOptions, readCookie, safeEqual } from "../../plugins/session";
import { STATUS_PORTAL } from "../../problem";
import { formWerte } from "../web/formData";
import { portalAuthFor } from "./portalAuth";
import { oidcAktiv } from "./portalOidc";
import {
  PORTAL_COOKIE,
  PORTAL_LOGIN_CSRF,
  pfadOf,
  portalFormular,
  sendPortalFehler,
  sendPortalHtml,
  spracheFor,
} from "./portalKontext";

/** Double-submit token for the forms before login (activation, login). */
function loginCsrf(request: FastifyRequest, reply: FastifyReply): string {
  const token = readCookie(request, PORTAL_LOGIN_CSRF) ?? request.server.portalTokens.token();
  reply.setCookie(cookieName(request, PORTAL_LOGIN_CSRF), token, cookieOptions(request, 3600));
  return token;
}

function loginCsrfOk(request: FastifyRequest): boolean {
  const cookie = readCookie(request, PORTAL_LOGIN_CSRF) ?? "";
  const sent = (request.body as Record<string, unknown> | undefined)?._csrf;
  return cookie !== "" && typeof sent === "string" && safeEqual(sent, cookie);
}

declare module "fastify" {
  interface FastifyInstance {
    portalTokens: AppDeps["tokens"];
  }
}

export function setPortalCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.clearCookie(cookieName(request, PORTAL_LOGIN_CSRF), cookieOptions(request));
  reply.setCookie(cookieName(request, PORTAL_COOKIE), token, cookieOptions(request, PORTAL_MAX_MS / 1000));
}

export function portalAnmeldungRoutes(app: FastifyInstance, deps: AppDeps): void {
  const auth = portalAuthFor(deps);
  const limit = { config: { rateLimit: { max: deps.loginLimit ?? 10, timeWindow: 60_000 } } };
  app.decorate("portalTokens", deps.tokens);

  app.get("/portal/anmelden", async (request, reply) => {
    const sprache = spracheFor(request, reply);
    const aktiviert = (request.query as Record<string, unknown>).aktiviert === "1";
    const page = createElement(PortalAnmeldenPage, {
      sprache,
      pfad: pfadOf(request),
      csrfToken: loginCsrf(request, reply),
      aktiviert,
      oidc: oidcAktiv(deps),
    });
    return sendPortalHtml(reply, page);
  });

  app.post("/portal/anmelden", limit, async (request, reply) => {
    const sprache = spracheFor(request, reply);
    if (!loginCsrfOk(request)) return sendPortalFehler(request, reply, "portal.csrf");
    const werte = formWerte(request.body);
    const parsed = PortalLoginSchema.safeParse(werte);
    const result = parsed.success
      ? await anmeldenPortal(auth, parsed.data.benutzername, parsed.data.passwort, request.ip)
      : ({ ok: false, error: { code: "portal.anmeldung_fehlgeschlagen" } } as const);
    if (!result.ok) {
      const code =
        result.error.code === "portal.zu_viele_versuche"
          ? result.error.code
          : "portal.anmeldung_fehlgeschlagen";
      const fehler = [{ feld: "benutzername", meldung: textFor(sprache).fehler.codes[code] }];
      const page = createElement(PortalAnmeldenPage, {
        sprache,
        pfad: "/portal/anmelden",
        csrfToken: readCookie(request, PORTAL_LOGIN_CSRF) ?? "",
        fehler,
        werte,
        oidc: oidcAktiv(deps),
      });
      return sendPortalHtml(reply, page, STATUS_PORTAL[code]);
    }
    setPortalCookie(request, reply, result.value.token);
    return reply.redirect(result.value.stufe === "voll" ? "/portal" : "/portal/zweiter-faktor", 303);
  });

  app.get("/portal/aktivieren", async (request, reply) => {
    const sprache = spracheFor(request, reply);
    const page = createElement(PortalAktivierenPage, {
      sprache,
      pfad: pfadOf(request),
      csrfToken: loginCsrf(request, reply),
    });
    return sendPortalHtml(reply, page);
  });

  app.post("/portal/aktivieren", limit, async (request, reply) => {
    const sprache = spracheFor(request, reply);
    if (!loginCsrfOk(request)) return sendPortalFehler(request, reply, "portal.csrf");
    const t = textFor(sprache);
    const werte = formWerte(request.body);
    const parsed = AktivierungSchema.safeParse(werte);
    const render = (fehler: { feld: string; meldung: string }[], status: number) =>
      sendPortalHtml(
        reply,
        createElement(PortalAktivierenPage, {
          sprache,
          pfad: "/portal/aktivieren",
          csrfToken: readCookie(request, PORTAL_LOGIN_CSRF) ?? "",
          fehler,
          werte: { code: werte.code ?? "", benutzername: werte.benutzername ?? "" },
        }),
        status,
      );
    if (!parsed.success) return render(portalFeldFehler(t, parsed.error.issues), 400);
    const result = await aktiviereKonto(auth, parsed.data);
    if (!result.ok)
      return render([{ feld: result.error.feld ?? "code", meldung: t.fehler.codes[result.error.code] }], 400);
    return reply.redirect("/portal/anmelden?aktiviert=1", 303);
  });

  app.get("/portal/zweiter-faktor", async (request, reply) => {
    const s = request.portalSitzung;
    if (!s) return reply.redirect("/portal/anmelden", 303);
    const sprache = spracheFor(request, reply);
    return sendPortalHtml(
      reply,
      createElement(PortalTotpPage, { sprache, pfad: pfadOf(request), csrfToken: s.csrfToken }),
    );
  });

  app.post("/portal/zweiter-faktor", limit, async (request, reply) => {
    const s = request.portalSitzung;
    if (!s) return reply.redirect("/portal/anmelden", 303);
    const sprache = spracheFor(request, reply);
    const werte = formWerte(request.body);
    if (!safeEqual((request.body as Record<string, string>)?._csrf ?? "", s.csrfToken))
      return sendPortalFehler(request, reply, "portal.csrf");
    const parsed = TotpCodeSchema.safeParse(werte);
    const result = parsed.success
      ? await bestaetigeZweitenFaktor(auth, s, readCookie(request, PORTAL_COOKIE) ?? "", parsed.data.totp)
      : ({ ok: false, error: { code: "portal.totp_ungueltig" } } as const);
    if (!result.ok) {
      if ("beendet" in result) {
        reply.clearCookie(cookieName(request, PORTAL_COOKIE), cookieOptions(request));
        return reply.redirect("/portal/anmelden", 303);
      }
      const fehler = [{ feld: "totp", meldung: textFor(sprache).fehler.codes[result.error.code] }];
      return sendPortalHtml(
        reply,
        createElement(PortalTotpPage, {
          sprache,
          pfad: "/portal/zweiter-faktor",
          csrfToken: s.csrfToken,
          fehler,
        }),
        STATUS_PORTAL[result.error.code],
      );
    }
    return reply.redirect("/portal", 303);
  });

  app.get("/portal/sicherheit", async (request, reply) => {
    const s = request.portalSitzung;
    if (!s || s.stufe !== "voll") return reply.redirect("/portal/anmelden", 303);
    const sprache = spracheFor(request, reply);
    const einrichten = await beginneTotp(auth, s);
    if (!einrichten) return reply.redirect("/portal", 303);
    return sendPortalHtml(
      reply,
      createElement(PortalTotpPage, { sprache, pfad: pfadOf(request), csrfToken: s.csrfToken, einrichten }),
    );
  });

  app.post("/portal/sicherheit", async (request, reply) => {
    const s = portalFormular(request, reply);
    if (!s) return reply;
    const sprache = spracheFor(request, reply);
    const parsed = TotpCodeSchema.safeParse(formWerte(request.body));
    const result = parsed.success
      ? await aktiviereTotp(auth, s, parsed.data.totp)
      : ({ ok: false, error: { code: "portal.totp_ungueltig" } } as const);
    if (!result.ok) {
      const fehler = [{ feld: "totp", meldung: textFor(sprache).fehler.codes["portal.totp_ungueltig"] }];
      const einrichten = await beginneTotp(auth, s);
      if (!einrichten) return reply.redirect("/portal", 303);
      return sendPortalHtml(
        reply,
        createElement(PortalTotpPage, {
          sprache,
          pfad: "/portal/sicherheit",
          csrfToken: s.csrfToken,
          einrichten,
          fehler,
        }),
        401,
      );
    }
    return reply.redirect("/portal?gespeichert=1", 303);
  });

  app.post("/portal/abmelden", async (request, reply) => {
    const s = request.portalSitzung;
    const sent = (request.body as Record<string, unknown> | undefined)?._csrf;
    if (s && typeof sent === "string" && safeEqual(sent, s.csrfToken))
      await auth.store.deleteSitzung(s.akteur, deps.tokens.hash(readCookie(request, PORTAL_COOKIE) ?? ""));
    reply.clearCookie(cookieName(request, PORTAL_COOKIE), cookieOptions(request));
    return reply.redirect("/portal/anmelden", 303);
  });

  app.get("/portal/barrierefreiheit", async (request, reply) =>
    sendPortalHtml(
      reply,
      createElement(PortalInfoPage, {
        sprache: spracheFor(request, reply),
        pfad: pfadOf(request),
        art: "barrierefreiheit",
      }),
    ),
  );
  app.get("/portal/leichte-sprache", async (request, reply) =>
    sendPortalHtml(
      reply,
      createElement(PortalInfoPage, {
        sprache: spracheFor(request, reply),
        pfad: pfadOf(request),
        art: "leichteSprache",
      }),
    ),
  );
}
