import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS } from "./support/testDatabase";
import { PASSWORT, createTestApp, faelle, login, type Client, type TestApp } from "./support/testApp";

describe.each(BACKENDS)("sessions, CSRF, headers and API description (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;

  beforeAll(async () => {
    t = await createTestApp(backend, { loginLimit: 5 });
    ifk = await login(t.app, "ifk_a1");
  });
  afterAll(() => t.close());

  it("answers /health with 200 JSON once the database is reachable", async () => {
    const res = await t.app.inject({ method: "GET", url: "/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ok", datenbank: backend });
  });

  it("sets an HttpOnly, SameSite session cookie and stores only its hash", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/sitzung",
      payload: { benutzername: "ifk_a2", passwort: PASSWORT },
    });
    const cookie = res.cookies.find((c) => c.name === "kp_sitzung");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const stored = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ token_hash: string }>("SELECT token_hash FROM sitzung"),
    );
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie?.value);
  });

  it("refuses an API login sent as a form (login CSRF)", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/sitzung",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: `benutzername=ifk_a1&passwort=${PASSWORT}`,
    });
    expect(res.statusCode).toBe(415);
    expect(res.cookies.find((c) => c.name === "kp_sitzung")).toBeUndefined();
  });

  it("refuses a wrong password with 401 and the same answer as for an unknown user", async () => {
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/sitzung",
      payload: { benutzername: "ifk_a1", passwort: "falsch" },
    });
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/v1/sitzung",
      payload: { benutzername: "niemand", passwort: "falsch" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it("requires a session (401) and a CSRF token on every state-changing request (403)", async () => {
    const personId = (await faelle(ifk, "kein_plan"))[0]?.personId as string;
    expect((await t.app.inject({ method: "GET", url: "/api/v1/faelle" })).statusCode).toBe(401);
    const noToken = await ifk.send("POST", `/api/v1/personen/${personId}/kooperationsplan`, undefined, {
      csrf: null,
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe("csrf");
    const wrongToken = await ifk.send("POST", `/api/v1/personen/${personId}/kooperationsplan`, undefined, {
      csrf: "x".repeat(43),
    });
    expect(wrongToken.statusCode).toBe(403);
    const form = await t.app.inject({
      method: "POST",
      url: `/personen/${personId}/plan`,
      headers: { cookie: ifk.cookie },
      payload: {},
    });
    expect(form.statusCode).toBe(403);
    expect(form.headers["content-type"]).toContain("text/html");
    expect(form.body).toContain("Laden Sie die Seite neu");
    expect((await faelle(ifk, "kein_plan")).some((f) => f.personId === personId)).toBe(true);
  });

  it("sends a CSP without unsafe-inline and the usual security headers on pages and API", async () => {
    for (const url of ["/anmelden", "/api/v1/sitzung"]) {
      const res = await t.app.inject({ method: "GET", url });
      const csp = String(res.headers["content-security-policy"]);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["referrer-policy"]).toBe("no-referrer");
      expect(res.headers["cache-control"]).toBe("no-store");
    }
  });

  it("signs in through the HTML form with the login CSRF cookie and redirects to the caseload", async () => {
    const page = await t.app.inject({ method: "GET", url: "/anmelden" });
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] as string;
    const cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const res = await t.app.inject({
      method: "POST",
      url: "/anmelden",
      headers: { cookie },
      payload: { _csrf: token, benutzername: "ifk_a1", passwort: PASSWORT },
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/faelle");
    const forged = await t.app.inject({
      method: "POST",
      url: "/anmelden",
      headers: { cookie },
      payload: { _csrf: "falsch", benutzername: "ifk_a1", passwort: PASSWORT },
    });
    expect(forged.statusCode).toBe(403);
  });

  it("publishes an OpenAPI 3.1 description of the API", async () => {
    const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(spec.openapi).toMatch(/^3\.1/);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/faelle",
        "/api/v1/kooperationsplaene/{planId}/versionen/{nummer}/abstimmung",
      ]),
    );
  });

  it("answers unknown API paths with problem+json and unknown pages with a German page", async () => {
    const api = await t.app.inject({ method: "GET", url: "/api/v1/gibtsnicht" });
    expect(api.statusCode).toBe(404);
    expect(api.headers["content-type"]).toContain("application/problem+json");
    const page = await t.app.inject({ method: "GET", url: "/gibtsnicht" });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain("Seite nicht gefunden");
  });

  it("limits login attempts per client (429 problem+json)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push(
        (
          await t.app.inject({
            method: "POST",
            url: "/api/v1/sitzung",
            remoteAddress: "127.0.0.2",
            // An unknown name: a known account would be throttled per account too (securityAnmeldung).
            payload: { benutzername: `niemand_${i}`, passwort: "falsch" },
          })
        ).statusCode,
      );
    expect(statuses).toContain(429);
  });
});
