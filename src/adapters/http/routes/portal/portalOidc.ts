import { createHmac } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { createElement } from "react";
import * as oidc from "openid-client";
import { z } from "zod";
import { openPortalSitzung } from "../../../../application/portal/auth/anmeldenPortal";
import { normalizeAktivierungscode } from "../../../../domain/portal/aktivierung";
import { PortalVerknuepfenPage } from "../../../../web/portal/pages/PortalFormPages";
import { textFor } from "../../../../web/portal/translations";
import type { AppDeps } from "../../appDeps";
import { cookieOptions, safeEqual } from "../../plugins/session";
import { formWerte } from "../web/formData";
import { setPortalCookie } from "./portalAnmeldungRoutes";
import { portalAuthFor } from "./portalAuth";
import { PORTAL_LOGIN_CSRF, sendPortalFehler, sendPortalHtml, spracheFor } from "./portalKontext";

/** OIDC (BundID, jobcentre SSO) from the environment; all three must be set to switch it on. */
const OidcEnvSchema = z.object({
  OIDC_ISSUER: z.string().url(),
  OIDC_CLIENT_ID: z.string().min(1),
  OIDC_CLIENT_SECRET: z.string().min(1),
  OIDC_REDIRECT_URI: z.string().url().optional(),
});

export const oidcAktiv = (): boolean => OidcEnvSchema.safeParse(process.env).success;

const FLOW_COOKIE = "kp_portal_oidc";
const LINK_COOKIE = "kp_portal_oidc_link";

let konfiguration: { key: string; config: Promise<oidc.Configuration> } | null = null;

function configFor(env: z.infer<typeof OidcEnvSchema>): Promise<oidc.Configuration> {
  const key = `${env.OIDC_ISSUER}|${env.OIDC_CLIENT_ID}`;
  if (konfiguration?.key !== key) {
    const issuer = new URL(env.OIDC_ISSUER);
    const options = issuer.protocol === "http:" ? { execute: [oidc.allowInsecureRequests] } : undefined;
    const config = oidc.discovery(issuer, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET, undefined, options);
    config.catch(() => (konfiguration = null));
    konfiguration = { key, config };
  }
  return konfiguration.config;
}

/** Signed cookie values (HMAC with the client secret): the browser carries them, cannot change them. */
const sign = (wert: string, secret: string) =>
  `${Buffer.from(wert).toString("base64url")}.${createHmac("sha256", secret).update(wert).digest("base64url")}`;
function verify(signiert: string | undefined, secret: string): string | null {
  const [daten, mac] = (signiert ?? "").split(".");
  if (!daten || !mac) return null;
  const wert = Buffer.from(daten, "base64url").toString();
  return safeEqual(mac, createHmac("sha256", secret).update(wert).digest("base64url")) ? wert : null;
}

const redirectUri = (request: FastifyRequest, env: z.infer<typeof OidcEnvSchema>) =>
  env.OIDC_REDIRECT_URI ?? `${request.protocol}://${request.host}/portal/oidc/callback`;

export function portalOidcRoutes(app: FastifyInstance, deps: AppDeps): void {
  const auth = portalAuthFor(deps);
  const env = () => OidcEnvSchema.safeParse(process.env);

  app.get("/portal/oidc/start", async (request, reply) => {
    const e = env();
    if (!e.success) return sendPortalFehler(request, reply, "portal.nicht_gefunden");
    const config = await configFor(e.data);
    const verifier = oidc.randomPKCECodeVerifier();
    const flow = { verifier, state: oidc.randomState(), nonce: oidc.randomNonce() };
    reply.setCookie(
      FLOW_COOKIE,
      sign(JSON.stringify(flow), e.data.OIDC_CLIENT_SECRET),
      cookieOptions(request, 600),
    );
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri(request, e.data),
      scope: "openid",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state: flow.state,
      nonce: flow.nonce,
    });
    return reply.redirect(url.href, 303);
  });

  app.get("/portal/oidc/callback", async (request: FastifyRequest, reply: FastifyReply) => {
    const e = env();
    if (!e.success) return sendPortalFehler(request, reply, "portal.nicht_gefunden");
    const secret = e.data.OIDC_CLIENT_SECRET;
    const flowText = verify(request.cookies[FLOW_COOKIE], secret);
    reply.clearCookie(FLOW_COOKIE, cookieOptions(request));
    if (!flowText) return sendPortalFehler(request, reply, "portal.oidc_fehler");
    const flow = JSON.parse(flowText) as { verifier: string; state: string; nonce: string };
    let iss: string;
    let sub: string;
    try {
      const config = await configFor(e.data);
      const current = new URL(request.url, redirectUri(request, e.data));
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error("kein ID-Token");
      iss = claims.iss;
      sub = claims.sub;
    } catch {
      return sendPortalFehler(request, reply, "portal.oidc_fehler");
    }
    const konto = await auth.store.findOidc(iss, sub);
    if (konto && konto.aktiv) {
      const anmeldung = await openPortalSitzung(auth, konto, konto.totpAktiv, "oidc");
      setPortalCookie(request, reply, anmeldung.token);
      return reply.redirect(anmeldung.stufe === "voll" ? "/portal" : "/portal/zweiter-faktor", 303);
    }
    reply.setCookie(LINK_COOKIE, sign(JSON.stringify({ iss, sub }), secret), cookieOptions(request, 900));
    return reply.redirect("/portal/oidc/verknuepfen", 303);
  });

  app.get("/portal/oidc/verknuepfen", async (request, reply) => {
    const csrfToken = request.cookies[PORTAL_LOGIN_CSRF] ?? deps.tokens.token();
    reply.setCookie(PORTAL_LOGIN_CSRF, csrfToken, cookieOptions(request, 3600));
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
      const e = env();
      const sprache = spracheFor(request, reply);
      const werte = formWerte(request.body);
      const cookie = request.cookies[PORTAL_LOGIN_CSRF] ?? "";
      if (
        !e.success ||
        cookie === "" ||
        !safeEqual((request.body as Record<string, string>)?._csrf ?? "", cookie)
      )
        return sendPortalFehler(request, reply, "portal.csrf");
      const link = verify(request.cookies[LINK_COOKIE], e.data.OIDC_CLIENT_SECRET);
      if (!link) return sendPortalFehler(request, reply, "portal.oidc_fehler");
      const { iss, sub } = JSON.parse(link) as { iss: string; sub: string };
      const codeHash = deps.tokens.hash(normalizeAktivierungscode(werte.code ?? ""));
      const treffer = await auth.store.findAktivierung(codeHash);
      const now = deps.clock.now();
      const ok =
        treffer &&
        treffer.aktiv &&
        treffer.bis &&
        treffer.bis > now &&
        (await auth.store.linkOidc(treffer, codeHash, iss, sub, now));
      if (!treffer || !ok) {
        if (treffer) await auth.store.recordVerweigert(treffer, "portal_oidc");
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
      reply.clearCookie(LINK_COOKIE, cookieOptions(request));
      const anmeldung = await openPortalSitzung(auth, treffer, treffer.totpAktiv, "oidc");
      setPortalCookie(request, reply, anmeldung.token);
      return reply.redirect("/portal", 303);
    },
  );
}
