import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activate, csrfOf, mergeCookies, openZugang, passwortLogin } from "./support/portalHilfen";
import { createAbgestimmterPlan } from "./support/planFactories";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, HEUTE, login, type TestApp } from "./support/testApp";

const PASSWORT = "Sicheres-Passwort-1";

/** Issue 10 (high): the second factor is limited per session and per account, and each code counts once. */
describe.each(BACKENDS)("portal second factor limits and replay (%s)", (backend) => {
  let t: TestApp;
  let konten = 0;

  const codeAt = (s: string, offsetSeconds = 0) =>
    new TOTP({ secret: Secret.fromBase32(s), digits: 6, period: 30, algorithm: "SHA1" }).generate({
      timestamp: t.clock.now().getTime() + offsetSeconds * 1000,
    });
  /** A wrong code: one that no step within ±3 steps would give. */
  const falscherCode = (s: string) => {
    const nahe = new Set([-3, -2, -1, 0, 1, 2, 3].map((k) => codeAt(s, k * 30)));
    for (let i = 0; ; i++) {
      const c = String(i).padStart(6, "0");
      if (!nahe.has(c)) return c;
    }
  };
  const secretOf = (html: string) => /<code>([A-Z2-7]+)<\/code>/.exec(html)?.[1] ?? "";
  const get = (url: string, cookie: string) => t.app.inject({ method: "GET", url, headers: { cookie } });
  const post = (url: string, cookie: string, payload: Record<string, string>) =>
    t.app.inject({ method: "POST", url, headers: { cookie }, payload });
  const spaeter = (sekunden: number) =>
    t.clock.set(new Date(t.clock.now().getTime() + sekunden * 1000).toISOString());

  /** Each test's own account with TOTP switched on; the clock then moves on by one step. */
  const kontoMitTotp = async (): Promise<{ benutzername: string; secret: string }> => {
    t.clock.set(`${HEUTE}T10:00:00+01:00`);
    konten += 1;
    const benutzername = `tilo.schutz${konten}`;
    const ifk = await login(t.app, "ifk_a1");
    const { personId } = await createAbgestimmterPlan(ifk, HEUTE);
    const code = await openZugang(ifk, personId);
    expect((await activate(t.app, code, benutzername, PASSWORT)).statusCode).toBe(303);
    const cookie = mergeCookies("kp_portal_sprache=de", await passwortLogin(t.app, benutzername, PASSWORT));
    const seite = await get("/portal/sicherheit", cookie);
    const secret = secretOf(seite.body);
    expect(
      (await post("/portal/sicherheit", cookie, { _csrf: csrfOf(seite.body), totp: codeAt(secret) }))
        .statusCode,
    ).toBe(303);
    spaeter(30);
    return { benutzername, secret };
  };
  /** Password step; returns the half-logged-in session's cookie and CSRF token. */
  const halbAngemeldet = async (benutzername: string) => {
    const anmeldung = await passwortLogin(t.app, benutzername, PASSWORT);
    expect(anmeldung.headers.location).toBe("/portal/zweiter-faktor");
    const cookie = mergeCookies("kp_portal_sprache=de", anmeldung);
    const csrf = csrfOf((await get("/portal/zweiter-faktor", cookie)).body);
    return { cookie, send: (totp: string) => post("/portal/zweiter-faktor", cookie, { _csrf: csrf, totp }) };
  };
  const kontoIdOf = async (benutzername: string) =>
    (
      await t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ id: string }>("SELECT id FROM portal_konto WHERE benutzername = $1", [benutzername]),
      )
    )[0]?.id ?? "";

  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());

  it("ends the half-logged-in session after 5 wrong codes", async () => {
    const { benutzername, secret } = await kontoMitTotp();
    const s = await halbAngemeldet(benutzername);
    for (let i = 0; i < 4; i++) expect((await s.send(falscherCode(secret))).statusCode).toBe(401);
    const fuenfter = await s.send(falscherCode(secret));
    expect(fuenfter.statusCode).toBe(303);
    expect(fuenfter.headers.location).toBe("/portal/anmelden");
    // The session is gone: even the right code no longer opens it.
    const danach = await s.send(codeAt(secret));
    expect(danach.headers.location).toBe("/portal/anmelden");
    expect((await get("/portal", s.cookie)).headers.location).toBe("/portal/anmelden");
  });

  it("accepts a code once: the same code in a second session is refused, so is an older one", async () => {
    const { benutzername, secret } = await kontoMitTotp();
    const code = codeAt(secret);
    const erste = await halbAngemeldet(benutzername);
    expect((await erste.send(code)).statusCode).toBe(303);
    const zweite = await halbAngemeldet(benutzername);
    expect((await zweite.send(code)).statusCode).toBe(401);
    // Half a minute later that code is the previous step's, within the drift, and still used up.
    spaeter(30);
    expect((await zweite.send(code)).statusCode).toBe(401);
    expect((await zweite.send(codeAt(secret))).statusCode).toBe(303);
  });

  it("allows a clock drift of one step either way, not two", async () => {
    const { benutzername, secret } = await kontoMitTotp();
    // Two more steps: the steps within reach of the drift are all unused.
    spaeter(60);
    const s = await halbAngemeldet(benutzername);
    expect((await s.send(codeAt(secret, -60))).statusCode).toBe(401);
    expect((await s.send(codeAt(secret, 60))).statusCode).toBe(401);
    expect((await s.send(codeAt(secret, -30))).statusCode).toBe(303);
    const vor = await halbAngemeldet(benutzername);
    expect((await vor.send(codeAt(secret, 30))).statusCode).toBe(303);
    // After the next step's code, the current step's code is older and refused.
    const danach = await halbAngemeldet(benutzername);
    expect((await danach.send(codeAt(secret))).statusCode).toBe(401);
  });

  it("limits wrong codes per account across sessions and locks it until the administration lifts it", async () => {
    const { benutzername, secret } = await kontoMitTotp();
    const kontoId = await kontoIdOf(benutzername);
    // Session 1 ends after five wrong codes; a new session cannot start over for free.
    const eins = await halbAngemeldet(benutzername);
    for (let i = 0; i < 5; i++) await eins.send(falscherCode(secret));
    const zwei = await halbAngemeldet(benutzername);
    expect((await zwei.send(falscherCode(secret))).statusCode).toBe(401);
    const warten = await zwei.send(codeAt(secret));
    expect(warten.statusCode).toBe(429);
    expect(warten.body).toContain("Zu viele Fehlversuche");
    for (let i = 0; i < 4; i++) {
      spaeter(15 * 60);
      const s = await halbAngemeldet(benutzername);
      expect((await s.send(falscherCode(secret))).statusCode).toBe(401);
    }
    // Ten wrong codes: locked, also a day later and with the right code.
    spaeter(24 * 60 * 60);
    const gesperrt = await halbAngemeldet(benutzername);
    expect((await gesperrt.send(codeAt(secret))).statusCode).toBe(429);

    const admin = await login(t.app, "admin_a");
    const liste = await admin.get("/api/v1/anmeldesperren");
    expect((liste.json() as { sperren: unknown[] }).sperren).toContainEqual(
      expect.objectContaining({ kontoId, art: "totp", benutzername: null }),
    );
    expect((await admin.send("DELETE", `/api/v1/anmeldesperren/${kontoId}`)).statusCode).toBe(204);
    expect((await gesperrt.send(codeAt(secret))).statusCode).toBe(303);
  });
});
