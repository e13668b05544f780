import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activate, csrfOf, mergeCookies, openZugang, passwortLogin } from "./support/portalHilfen";
import { BACKENDS } from "./support/testDatabase";
import { createAbgestimmterPlan } from "./support/planFactories";
import { createTestApp, HEUTE, login, type TestApp } from "./support/testApp";

const PASSWORT = "Sicheres-Passwort-1";

describe.each(BACKENDS)("portal second factor (TOTP) (%s)", (backend) => {
  let t: TestApp;
  let konten = 0;

  /** The six digits an authenticator app shows at the app's current time (the test clock). */
  const codeAt = (s: string, offsetSeconds = 0) =>
    new TOTP({ secret: Secret.fromBase32(s), digits: 6, period: 30, algorithm: "SHA1" }).generate({
      timestamp: t.clock.now().getTime() + offsetSeconds * 1000,
    });
  const secretOf = (html: string) => /<code>([A-Z2-7]+)<\/code>/.exec(html)?.[1] ?? "";
  const get = (url: string, cookie: string) => t.app.inject({ method: "GET", url, headers: { cookie } });
  const post = (url: string, cookie: string, payload: Record<string, string>) =>
    t.app.inject({ method: "POST", url, headers: { cookie }, payload });

  /** Each test's own portal account: a new person with an agreed plan, activated with a password. */
  const neuesKonto = async (): Promise<string> => {
    konten += 1;
    const benutzername = `tessa.totp${konten}`;
    const ifk = await login(t.app, "ifk_a1");
    const { personId } = await createAbgestimmterPlan(ifk, HEUTE);
    const code = await openZugang(ifk, personId);
    expect((await activate(t.app, code, benutzername, PASSWORT)).statusCode).toBe(303);
    return benutzername;
  };
  /** Switches the second factor on with a valid code and returns the secret. */
  const richteTotpEin = async (benutzername: string): Promise<string> => {
    const cookie = mergeCookies("kp_portal_sprache=de", await passwortLogin(t.app, benutzername, PASSWORT));
    const seite = await get("/portal/sicherheit", cookie);
    const secret = secretOf(seite.body);
    const ok = await post("/portal/sicherheit", cookie, { _csrf: csrfOf(seite.body), totp: codeAt(secret) });
    expect(ok.statusCode).toBe(303);
    // The set-up code is used up (each code counts once): the next login needs the next step's code.
    t.clock.set(new Date(t.clock.now().getTime() + 30_000).toISOString());
    return secret;
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());

  it("sets up TOTP only with a valid code from the new secret", async () => {
    const benutzername = await neuesKonto();
    const anmeldung = await passwortLogin(t.app, benutzername, PASSWORT);
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
    let secret = secretOf(falsch.body);
    expect(secret).not.toBe(erstes);
    const alt = await post("/portal/sicherheit", cookie, { _csrf: csrfOf(seite.body), totp: codeAt(erstes) });
    expect(alt.statusCode).toBe(401);
    secret = secretOf(alt.body);

    const ok = await post("/portal/sicherheit", cookie, { _csrf: csrfOf(seite.body), totp: codeAt(secret) });
    expect(ok.statusCode).toBe(303);
    const stand = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ totp_aktiv: boolean }>("SELECT totp_aktiv FROM portal_konto WHERE benutzername = $1", [
        benutzername,
      ]),
    );
    expect(stand[0]?.totp_aktiv).toBe(true);
    // Opening the set-up page again must not switch the factor off or replace the secret.
    expect((await get("/portal/sicherheit", cookie)).headers.location).toBe("/portal");
    const start = await get("/portal", cookie);
    expect(start.body).not.toContain('href="/portal/sicherheit"');
  });

  it("asks for the code after the password and refuses a wrong one", async () => {
    const benutzername = await neuesKonto();
    const secret = await richteTotpEin(benutzername);
    const anmeldung = await passwortLogin(t.app, benutzername, PASSWORT);
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
