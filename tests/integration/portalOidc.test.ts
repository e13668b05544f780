import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOidcProvider, type TestOidcProvider } from "./support/oidcProvider";
import { cookiesOf, csrfOf, mergeCookies, openZugang } from "./support/portalHilfen";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, faelle, login, type Client, type TestApp } from "./support/testApp";

const REDIRECT_URI = "http://localhost/portal/oidc/callback";

/** A browser at the provider: follows its redirects with its own cookies until it sends us back. */
async function atProvider(authorizeUrl: string, jar: Map<string, string>): Promise<URL> {
  let url = authorizeUrl;
  for (let i = 0; i < 10; i++) {
    if (url.startsWith(REDIRECT_URI)) return new URL(url);
    const res = await fetch(url, {
      redirect: "manual",
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const c of res.headers.getSetCookie()) {
      const [paar = ""] = c.split(";");
      const [name = "", ...wert] = paar.split("=");
      jar.set(name, wert.join("="));
    }
    const location = res.headers.get("location");
    if (!location)
      throw new Error(`Provider antwortet ${res.status} ohne Weiterleitung: ${await res.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error("zu viele Weiterleitungen");
}

describe.each(BACKENDS)("portal OIDC login against a local OpenID provider (%s)", (backend) => {
  let op: TestOidcProvider;
  let t: TestApp;
  let ifk: Client;
  let personId: string;
  const providerCookies = new Map<string, string>();

  /** Starts the login in the app and returns the authorization URL and the app's cookies. */
  async function start(cookie = ""): Promise<{ authorize: string; cookie: string }> {
    const res = await t.app.inject({ method: "GET", url: "/portal/oidc/start", headers: { cookie } });
    expect(res.statusCode).toBe(303);
    return { authorize: res.headers.location as string, cookie: mergeCookies(cookie, res) };
  }

  async function callback(url: URL, cookie: string) {
    const res = await t.app.inject({
      method: "GET",
      url: `${url.pathname}${url.search}`,
      headers: { cookie },
    });
    return { res, cookie: mergeCookies(cookie, res) };
  }

  beforeAll(async () => {
    op = await startOidcProvider(REDIRECT_URI);
    t = await createTestApp(backend, {
      oidc: {
        issuer: op.issuer,
        clientId: op.clientId,
        clientSecret: op.clientSecret,
        redirectUri: REDIRECT_URI,
      },
    });
    ifk = await login(t.app, "ifk_a1");
    personId = (await faelle(ifk, "aktuell"))[0]?.personId as string;
  });
  afterAll(async () => {
    await t.close();
    await op.close();
  });

  it("offers the login on the sign-in page and sends the browser to the provider with PKCE, state and nonce", async () => {
    const page = await t.app.inject({ method: "GET", url: "/portal/anmelden" });
    expect(page.body).toContain('href="/portal/oidc/start"');
    const { authorize } = await start();
    const url = new URL(authorize);
    expect(url.origin).toBe(op.issuer);
    expect(url.searchParams.get("client_id")).toBe(op.clientId);
    expect(url.searchParams.get("redirect_uri")).toBe(REDIRECT_URI);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("state")).toBeTruthy();
    expect(url.searchParams.get("nonce")).toBeTruthy();
  });

  it("links the first login with the one-time code, then signs in directly", async () => {
    const code = await openZugang(ifk, personId);
    const erst = await start();
    const zurueck = await atProvider(erst.authorize, providerCookies);
    expect(zurueck.searchParams.get("code")).toBeTruthy();
    const cb = await callback(zurueck, erst.cookie);
    expect(cb.res.statusCode).toBe(303);
    expect(cb.res.headers.location).toBe("/portal/oidc/verknuepfen");

    const form = await t.app.inject({
      method: "GET",
      url: "/portal/oidc/verknuepfen",
      headers: { cookie: cb.cookie },
    });
    expect(form.statusCode).toBe(200);
    let cookie = mergeCookies(cb.cookie, form);
    const falsch = await t.app.inject({
      method: "POST",
      url: "/portal/oidc/verknuepfen",
      headers: { cookie },
      payload: { _csrf: csrfOf(form.body), code: "ABCD-EFGH-JKLM" },
    });
    expect(falsch.statusCode).toBe(400);
    expect(falsch.cookies.find((c) => c.name === "kp_portal")).toBeUndefined();

    const link = await t.app.inject({
      method: "POST",
      url: "/portal/oidc/verknuepfen",
      headers: { cookie },
      payload: { _csrf: csrfOf(form.body), code },
    });
    expect(link.statusCode).toBe(303);
    expect(link.headers.location).toBe("/portal");
    cookie = mergeCookies(cookie, link);
    const portal = await t.app.inject({ method: "GET", url: "/portal", headers: { cookie } });
    expect(portal.statusCode).toBe(200);
    expect(portal.body).toContain('id="plan-titel"');

    // The code is used up; the account is linked to the provider's subject.
    const konto = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ oidc_issuer: string; oidc_subject: string; aktivierung_hash: string | null }>(
        "SELECT oidc_issuer, oidc_subject, aktivierung_hash FROM portal_konto WHERE person_id = $1",
        [personId],
      ),
    );
    expect(konto[0]).toEqual({ oidc_issuer: op.issuer, oidc_subject: op.subject, aktivierung_hash: null });

    // Second login: straight into the portal, no code asked.
    const zweit = await start();
    const cb2 = await callback(await atProvider(zweit.authorize, providerCookies), zweit.cookie);
    expect(cb2.res.statusCode).toBe(303);
    expect(cb2.res.headers.location).toBe("/portal");
    const wieder = await t.app.inject({ method: "GET", url: "/portal", headers: { cookie: cb2.cookie } });
    expect(wieder.statusCode).toBe(200);
  });

  it("refuses a callback with the wrong state", async () => {
    const s = await start();
    const zurueck = await atProvider(s.authorize, providerCookies);
    zurueck.searchParams.set("state", "fremder-state");
    const { res } = await callback(zurueck, s.cookie);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Die Anmeldung hat nicht geklappt");
    expect(res.cookies.find((c) => c.name === "kp_portal")).toBeUndefined();
  });

  it("refuses an ID token with the wrong nonce", async () => {
    const s = await start();
    const authorize = new URL(s.authorize);
    authorize.searchParams.set("nonce", "untergeschobene-nonce");
    const { res } = await callback(await atProvider(authorize.href, providerCookies), s.cookie);
    expect(res.statusCode).toBe(400);
    expect(res.cookies.find((c) => c.name === "kp_portal")).toBeUndefined();
  });

  it("refuses a response from the wrong issuer", async () => {
    const s = await start();
    const zurueck = await atProvider(s.authorize, providerCookies);
    expect(zurueck.searchParams.get("iss")).toBe(op.issuer);
    zurueck.searchParams.set("iss", "http://127.0.0.1:1/fremd");
    const { res } = await callback(zurueck, s.cookie);
    expect(res.statusCode).toBe(400);
    expect(res.cookies.find((c) => c.name === "kp_portal")).toBeUndefined();
  });

  it("refuses a callback without the signed flow cookie, a forged one, and a code used twice", async () => {
    const s = await start();
    const zurueck = await atProvider(s.authorize, providerCookies);
    expect((await callback(zurueck, "")).res.statusCode).toBe(400);
    const gefaelscht = s.cookie.replace(/kp_portal_oidc=([^;.]+)\.[^;]+/, "kp_portal_oidc=$1.falsch");
    expect((await callback(zurueck, gefaelscht)).res.statusCode).toBe(400);
    const neu = await start();
    const code = await atProvider(neu.authorize, providerCookies);
    expect((await callback(code, neu.cookie)).res.statusCode).toBe(303);
    expect((await callback(code, neu.cookie)).res.statusCode).toBe(400);
  });

  it("does not offer the link form without a verified provider login", async () => {
    const res = await t.app.inject({ method: "GET", url: "/portal/oidc/verknuepfen" });
    expect(res.statusCode).toBe(303);
    const post = await t.app.inject({ method: "GET", url: "/portal/anmelden" });
    const versuch = await t.app.inject({
      method: "POST",
      url: "/portal/oidc/verknuepfen",
      headers: { cookie: cookiesOf(post) },
      payload: { _csrf: csrfOf(post.body), code: "ABCD-EFGH-JKLM" },
    });
    expect(versuch.statusCode).toBe(400);
    expect(versuch.cookies.find((c) => c.name === "kp_portal")).toBeUndefined();
  });
});
