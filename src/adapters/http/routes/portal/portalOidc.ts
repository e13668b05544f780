import { createHmac } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { createElement } from "react";
import * as oidc from "openid-client";
import { z } from "zod";
import { openPortalSitzung } from "../../../../application/portal/auth/anmeldenPortal";
import { normalizeAktivierungscode } from "../../../../domain/portal/aktivierung";
import { PortalVerknuepfenPage } from "../../../../web/portal/pages/PortalFormPages";
import { textFor } from "../../../../web/portal/translations";
import type { OidcKonfig } from "../../../../config/config";
import type { AppDeps } from "../../appDeps";
import { cookieName, cookieOptions, readCookie, safeEqual } from "../../plugins/session";
import { formWerte } from "../web/formData";
import { setPortalCookie } from "./portalAnmeldungRoutes";
import { portalAuthFor } from "./portalAuth";
import { PORTAL_LOGIN_CSRF, sendPortalFehler, sendPortalHtml, spracheFor } from "./portalKontext";

/** OIDC (BundID, jobcentre SSO) is on when `AppDeps.oidc` is set (from `OIDC_*` in `main.ts`). */
export const oidcAktiv = (deps: AppDeps): boolean => Boolean(deps.oidc);

const FLOW_COOKIE = "kp_portal_oidc";
const LINK_COOKIE = "kp_portal_oidc_link";

const FlowSchema = z.object({ verifier: z.string(), state: z.string(), nonce: z.string() });
const LinkSchema = z.object({ iss: z.string(), sub: z.string() });

/** Discovery once per app; a failed discovery is tried again on the next login. */
function discoveryFor(k: OidcKonfig): () => Promise<oidc.Configuration> {
  let config: Promise<oidc.Configuration> | null = null;
  return () => {
    if (!config) {
      const issuer = new URL(k.issuer);
      const options = issuer.protocol === "http:" ? { execute: [oidc.allowInsecureRequests] } : undefined;
      config = oidc.discovery(issuer, k.clientId, k.clientSecret, undefined, options);
      config.catch(() => (config = null));
    }
    return config;
  };
}

/** Signed cookie values (HMAC with the client secret): the browser carries them, cannot change them. */
const sign = (wert: string, secret: string) =>
  `${Buffer.from(wert).toString("base64url")}.${createHmac("sha256", secret).update(wert).digest("base64url")}`;
function verify<T>(signiert: string | undefined, secret: string, schema: z.ZodType<T>): T | null {
  const [daten, mac] = (signiert ?? "").split(".");
  if (!daten || !mac) return null;
  const wert = Buffer.from(daten, "base64url").toString();
  if (!safeEqual(mac, createHmac("sha256", secret).update(wert).digest("base64url"))) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(wert));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const redirectUri = (request: FastifyRequest, k: OidcKonfig) =>
  k.redirectUri ?? `${request.protocol}://${request.host}/portal/oidc/callback`;

export function portalOidcRoutes(app: FastifyInstance, deps: AppDeps): void {
  const k = deps.oidc;
  if (!k) return;
  const auth = portalAuthFor(deps);
  const configuration = discoveryFor(k);

  app.get("/portal/oidc/start", async (request, reply) => {
    let config: oidc.Configuration;
    try {
      config = await configuration();
    } catch {
      return sendPortalFehler(request, reply, "portal.oidc_fehler");
    }
    const verifier = oidc.randomPKCECodeVerifier();
    const flow = { verifier, state: oidc.randomState(), nonce: oidc.randomNonce() };
    reply.setCookie(
      cookieName(request, FLOW_COOKIE),
      sign(JSON.stringify(flow), k.clientSecret),
      cookieOptions(request, 600),
    );
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri(request, k),
      scope: "openid",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state: flow.state,
      nonce: flow.nonce,
    });
    return reply.redirect(url.href, 303);
  });

  app.get("/portal/oidc/callback", async (request: FastifyRequest, reply: FastifyReply) => {
    const flow = verify(readCookie(request, FLOW_COOKIE), k.clientSecret, FlowSchema);
    reply.clearCookie(cookieName(request, FLOW_COOKIE), cookieOptions(request));
    if (!flow) return sendPortalFehler(request, reply, "portal.oidc_fehler");
    let iss: string;
    let sub: string;
    try {
      const config = await configuration();
      const current = new URL(request.url, redirectUri(request, k));
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error("kein ID-Token");
      iss = claims.iss;
      sub = claims.sub;
    } catch (error) {
      request.log.warn({ oidc: error instanceof Error ? error.message : "unbekannt" }, "OIDC abgelehnt");
      return sendPortalFehler(request, reply, "portal.oidc_fehler");
    }
    const konto = await auth.store.findOidc(iss, sub);
    if (konto && konto.aktiv) {
      const anmeldung = await openPortalSitzung(auth, konto, konto.totpAktiv, "oidc");
      setPortalCookie(request, reply, anmeldung.token);
      return reply.redirect(anmeldung.stufe === "voll" ? "/portal" : "/portal/zweiter-faktor", 303);
    }
    reply.setCookie(
      cookieName(request, LINK_COOKIE),
      sign(JSON.stringify({ iss, sub }), k.clientSecret),
      cookieOptions(request, 900),
    );
    return reply.redirect("/portal/oidc/verknuepfen", 303);
  });

  app.get("/portal/oidc/verknuepfen", async (request, reply) => {
    if (!verify(readCookie(request, LINK_COOKIE), k.clientSecret, LinkSchema))
      return reply.redirect("/portal/anmelden", 303);
    const csrfToken = readCookie(request, PORTAL_LOGIN_CSRF) ?? deps.tokens.token();
    reply.setCookie(cookieName(request, PORTAL_LOGIN_CSRF), csrfToken, cookieOptions(request, 3600));
    return sendPortalHtml(
      reply,
      createElement(PortalVerknuepfenPage, {
        sprache: spracheFor(request, reply),
        pfad: "/portal/oidc/verknuepfen",
        csrfToken,
      }),
    );
  });

  app.post(
    "/portal/oidc/verknuepfen",
    { config: { rateLimit: { max: deps.loginLimit ?? 10, timeWindow: 60_000 } } },
    async (request, reply) => {
      const sprache = spracheFor(request, reply);
      const werte = formWerte(request.body);
      const cookie = readCookie(request, PORTAL_LOGIN_CSRF) ?? "";
      const gesendet = (request.body as Record<string, unknown> | undefined)?._csrf;
      if (cookie === "" || typeof gesendet !== "string" || !safeEqual(gesendet, cookie))
        return sendPortalFehler(request, reply, "portal.csrf");
      const link = verify(readCookie(request, LINK_COOKIE), k.clientSecret, LinkSchema);
      if (!link) return sendPortalFehler(request, reply, "portal.oidc_fehler");
      const codeHash = deps.tokens.hash(normalizeAktivierungscode(werte.code ?? ""));
      const treffer = await auth.store.findAktivierung(codeHash);
      const now = deps.clock.now();
      const ok =
        treffer &&
        treffer.aktiv &&
        treffer.bis &&
        treffer.bis > now &&
        (await auth.store.linkOidc(treffer, codeHash, link.iss, link.sub, now));
      if (!treffer || !ok) {
        await auth.store.recordVerweigert(treffer, "portal_oidc");
        const fehler = [{ feld: "code", meldung: textFor(sprache).fehler.codes["portal.code_ungueltig"] }];
        return sendPortalHtml(
          reply,
          createElement(PortalVerknuepfenPage, {
            sprache,
            pfad: "/portal/oidc/verknuepfen",
            csrfToken: cookie,
            fehler,
          }),
          400,
        );
      }
      reply.clearCookie(cookieName(request, LINK_COOKIE), cookieOptions(request));
      const anmeldung = await openPortalSitzung(auth, treffer, treffer.totpAktiv, "oidc");
      setPortalCookie(request, reply, anmeldung.token);
      return reply.redirect(anmeldung.stufe === "voll" ? "/portal" : "/portal/zweiter-faktor", 303);
    },
  );
}
