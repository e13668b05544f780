import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activate, csrfOf, mergeCookies, openZugang, passwortLogin } from "./support/portalHilfen";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, faelle, login, type TestApp } from "./support/testApp";

const PASSWORT = "Sicheres-Passwort-1";

describe.each(BACKENDS)("portal second factor (TOTP) (%s)", (backend) => {
  let t: TestApp;
  let secret: string;

  /** The six digits an authenticator app shows at the app's current time (the test clock). */
  const codeAt = (s: string, offsetSeconds = 0) =>
    new TOTP({ secret: Secret.fromBase32(s), digits: 6, period: 30, algorithm: "SHA1" }).generate({
      timestamp: t.clock.now().getTime() + offsetSeconds * 1000,
    });
  const secretOf = (html: string) => /<code>([A-Z2-7]+)<\/code>/.exec(html)?.[1] ?? "";
  const get = (url: string, cookie: string) => t.app.inject({ method: "GET", url, headers: { cookie } });
  const post = (url: string, cookie: string, payload: Record<string, string>) =>
    t.app.inject({ method: "POST", url, headers: { cookie }, payload });

  beforeAll(async () => {
    t = await createTestApp(backend);
    const ifk = await login(t.app, "ifk_a1");
    const personId = (await faelle(ifk, "aktuell"))[0]?.personId as string;
    const code = await openZugang(ifk, personId);
    expect((await activate(t.app, code, "tessa.totp", PASSWORT)).statusCode).toBe(303);
  });
  afterAll(() => t.close());

  it("sets up TOTP only with a valid code from the new secret", async () => {
    const anmeldung = await passwortLogin(t.app, "tessa.totp", PASSWORT);
    expect(anmeldung.headers.location).toBe("/portal");
    const cookie = mergeCookies("kp_portal_sprache=de", anmeldung);
    const seite = await get("/portal/sicherheit", cookie);
    expect(seite.statusCode).toBe(200);
    const erstes = secretOf(seite.body);
    expect(erstes).toMatch(/^[A-Z2-7]{32}$/);
    expect(seite.body).toContain("otpauth://totp/");

    const falsch = await post("/portal/sicherheit", cookie, { _csrf: csrfOf(seite.body), totp: "000000" });
    expect(falsch.statusCode).toBe(401);
    expect(falsch.body).toContain("Der Code stimmt nicht");
    // A refused code starts over with a new secret; a code from the old one no longer counts.
    secret = secretOf(falsch.body);
    expect(secret).not.toBe(erstes);
    const alt = await post("/portal/sicherheit", cookie, { _csrf: csrfOf(seite.body), totp: codeAt(erstes) });
    expect(alt.statusCode).toBe(401);
    secret = secretOf(alt.body);

    const ok = await post("/portal/sicherheit", cookie, { _csrf: csrfOf(seite.body), totp: codeAt(secret) });
    expect(ok.statusCode).toBe(303);
    const stand = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ totp_aktiv: boolean }>(
        "SELECT totp_aktiv FROM portal_konto WHERE benutzername = 'tessa.totp'",
      ),
    );
    expect(stand[0]?.totp_aktiv).toBe(true);
    // Opening the set-up page again must not switch the factor off or replace the secret.
    expect((await get("/portal/sicherheit", cookie)).headers.location).toBe("/portal");
    const start = await get("/portal", cookie);
    expect(start.body).not.toContain('href="/portal/sicherheit"');
  });

  it("asks for the code after the password and refuses a wrong one", async () => {
    const anmeldung = await passwortLogin(t.app, "tessa.totp", PASSWORT);
    expect(anmeldung.statusCode).toBe(303);
    expect(anmeldung.headers.location).toBe("/portal/zweiter-faktor");
    const cookie = mergeCookies("kp_portal_sprache=de", anmeldung);
    expect((await get("/portal", cookie)).headers.location).toBe("/portal/zweiter-faktor");
    expect((await get("/portal/plan/1.pdf", cookie)).statusCode).toBe(303);

    const seite = await get("/portal/zweiter-faktor", cookie);
    expect(seite.statusCode).toBe(200);
    const csrf = csrfOf(seite.body);
    const falsch = await post("/portal/zweiter-faktor", cookie, { _csrf: csrf, totp: codeAt(secret, 600) });
    expect(falsch.statusCode).toBe(401);
    expect(falsch.body).toContain("Der Code stimmt nicht");
    expect((await post("/portal/zweiter-faktor", cookie, { _csrf: csrf, totp: "12ab56" })).statusCode).toBe(
      401,
    );
    expect((await get("/portal", cookie)).statusCode).toBe(303);
    const ohneCsrf = await post("/portal/zweiter-faktor", cookie, { totp: codeAt(secret) });
    expect(ohneCsrf.statusCode).toBe(403);

    const ok = await post("/portal/zweiter-faktor", cookie, { _csrf: csrf, totp: codeAt(secret) });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe("/portal");
    expect((await get("/portal", cookie)).statusCode).toBe(200);
    const verweigert = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_log WHERE aktion = 'verweigert' AND objekt = 'portal_totp'",
      ),
    );
    expect(verweigert[0]?.n).toBeGreaterThanOrEqual(1);
  });
});
