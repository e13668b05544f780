import type { LightMyRequestResponse } from "fastify";
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { argon2Hasher } from "../../src/adapters/crypto/crypto";
import { aesGcmTresor, totpSchluessel } from "../../src/adapters/crypto/geheimnisTresor";
import { DEMO_PASSWORT, demoKontenMeldung, seedDemo } from "../../src/adapters/db/seed/seedDemo";
import { buildApp } from "../../src/adapters/http/buildApp";
import { SITZUNG_MAX_MS } from "../../src/application/auth/anmelden";
import type { PasswordHasher } from "../../src/application/auth/ports";
import { PORTAL_MAX_MS } from "../../src/application/portal/auth/deps";
import { composeApp } from "../../src/composition";
import { demoDatenAn } from "../../src/config/config";
import { activate, cookiesOf, csrfOf, mergeCookies, openZugang, passwortLogin } from "./support/portalHilfen";
import { createAbgestimmterPlan } from "./support/planFactories";
import { BACKENDS, createTestDatabase } from "./support/testDatabase";
import { HEUTE, PASSWORT, countRows, createTestApp, login, type TestApp } from "./support/testApp";

/** Issue 10 (low): password rule, demo accounts, cookies over HTTPS, no timing oracle on user names. */
describe.each(BACKENDS)("access hardening (issue 10, low) (%s)", (backend) => {
  let t: TestApp;
  let n = 0;
  const PROXY = "127.0.0.1";

  beforeAll(async () => {
    // Behind one TLS-terminating proxy at 127.0.0.1, the address `inject` connects from.
    t = await createTestApp(backend, { trustProxy: [PROXY] });
  });
  afterAll(() => t.close());

  /** A person with an agreed plan and a fresh activation code. */
  const neuerZugang = async () => {
    const ifk = await login(t.app, "ifk_a1");
    const { personId } = await createAbgestimmterPlan(ifk, HEUTE);
    return { personId, code: await openZugang(ifk, personId) };
  };
  const aktiviert = async (personId: string) => {
    const [r] = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ aktiviert: boolean }>(
        "SELECT aktiviert_am IS NOT NULL AS aktiviert FROM portal_konto WHERE person_id = $1",
        [personId],
      ),
    );
    return r?.aktiviert ?? false;
  };
  /** The password field's error as the form shows it (text at the field, field marked invalid). */
  const feldFehler = (res: LightMyRequestResponse) => {
    const eingabe = /<input[^>]*name="passwort"[^>]*>/.exec(res.body)?.[0] ?? "";
    const id = /id="([^"]+)"/.exec(eingabe)?.[1] ?? "passwort";
    return {
      invalid: eingabe.includes('aria-invalid="true"'),
      beschrieben: eingabe.includes(`${id}-fehler`),
      text: new RegExp(`id="${id}-fehler"[^>]*><span[^>]*>([^<]+)<`).exec(res.body)?.[1] ?? "",
    };
  };

  describe("password rule (NIST SP 800-63B)", () => {
    it.each([
      ["aaaaaaaaaa", "Das Passwort muss mindestens 12 Zeichen haben."],
      ["aaaaaaaaaaaa", "Dieses Passwort ist zu leicht zu erraten."],
      ["passwort1234", "Dieses Passwort ist zu leicht zu erraten."],
      ["Sommer2026", "Das Passwort muss mindestens 12 Zeichen haben."],
    ])("refuses %s at activation with a German sentence at the field", async (passwort, meldung) => {
      const { personId, code } = await neuerZugang();
      n += 1;
      const res = await activate(t.app, code, `regel.${backend}.${n}`, passwort);
      expect(res.statusCode).toBe(400);
      const f = feldFehler(res);
      expect(f).toMatchObject({ invalid: true, beschrieben: true });
      expect(f.text).toContain(meldung);
      expect(res.body).not.toContain(passwort);
      expect(await aktiviert(personId)).toBe(false);
    });

    it("refuses a password made of the chosen user name; accepts a passphrase with any characters", async () => {
      const { personId, code } = await neuerZugang();
      const name = `paula.zeichen.${backend}`;
      const wie = await activate(t.app, code, name, name);
      expect(feldFehler(wie).text).toContain("zu leicht zu erraten");
      expect(await aktiviert(personId)).toBe(false);
      expect((await activate(t.app, code, name, "Żółw ćma 🙂 ёжик nebel")).statusCode).toBe(303);
      expect(await aktiviert(personId)).toBe(true);
    });

    it("refuses more than 128 characters", async () => {
      const { code } = await neuerZugang();
      const res = await activate(t.app, code, `lang.${backend}`, "Fluss-Brücke-Nebel-".repeat(7));
      expect(res.statusCode).toBe(400);
      expect(feldFehler(res).invalid).toBe(true);
    });
  });

  describe("no timing oracle on the user name", () => {
    it("verifies an argon2id hash of the same cost for unknown staff and portal user names", async () => {
      const geprueft: string[] = [];
      const zaehlend: PasswordHasher = {
        hash: (p) => argon2Hasher.hash(p),
        verify: (digest, p) => {
          geprueft.push(digest);
          return argon2Hasher.verify(digest, p);
        },
      };
      const deps = await composeApp(t.tdb.db, { clock: t.clock, logLevel: "silent", hasher: zaehlend });
      const app = await buildApp(deps);
      try {
        const api = (benutzername: string) =>
          app.inject({
            method: "POST",
            url: "/api/v1/sitzung",
            payload: { benutzername, passwort: "falsch-falsch-falsch" },
          });
        const portal = async (benutzername: string) => {
          const page = await app.inject({ method: "GET", url: "/portal/anmelden" });
          return app.inject({
            method: "POST",
            url: "/portal/anmelden",
            headers: { cookie: cookiesOf(page) },
            payload: { _csrf: csrfOf(page.body), benutzername, passwort: "falsch-falsch-falsch" },
          });
        };
        expect((await api(`niemand.${backend}`)).statusCode).toBe(401);
        expect((await portal(`niemand.${backend}`)).statusCode).toBe(401);
        // Exactly one verification each, against the dummy hash.
        expect(geprueft).toEqual([deps.dummyHash, deps.dummyHash]);
        // The known name costs the same: one verification against a hash with the same parameters.
        expect((await api("ifk_a2")).statusCode).toBe(401);
        expect(geprueft).toHaveLength(3);
        const parameter = (h: string) => h.split("$").slice(1, 4).join("$");
        expect(parameter(deps.dummyHash)).toBe(parameter(geprueft[2] ?? ""));
        expect(parameter(deps.dummyHash)).toMatch(/^argon2id\$v=19\$m=19456,t=2,p=1$/);
      } finally {
        await app.close();
      }
    });
  });

  describe("cookies over HTTPS", () => {
    const https = { "x-forwarded-proto": "https" };
    const gesetzt = (res: LightMyRequestResponse) =>
      ([res.headers["set-cookie"] ?? []].flat() as string[]).map((zeile) => {
        const [paar = "", ...attribute] = zeile.split(";").map((s) => s.trim());
        const name = paar.split("=")[0] ?? "";
        const attr = new Map(
          attribute.map((a) => [a.split("=")[0]?.toLowerCase() ?? "", a.split("=")[1] ?? ""]),
        );
        return { name, attr, zeile };
      });
    /** Every cookie is `__Host-`, Secure, Path=/, without Domain; Max-Age at most `maxSekunden`. */
    const hostCookie = (
      res: LightMyRequestResponse,
      name: string,
      maxSekunden: number,
    ): { wert: string; maxAge: number } => {
      const c = gesetzt(res).find((x) => x.name === `__Host-${name}`);
      expect(c, `${name} in ${JSON.stringify(res.headers["set-cookie"])}`).toBeDefined();
      expect(c?.attr.has("secure")).toBe(true);
      expect(c?.attr.get("path")).toBe("/");
      expect(c?.attr.has("domain")).toBe(false);
      expect(c?.attr.has("httponly")).toBe(true);
      const maxAge = Number(c?.attr.get("max-age"));
      expect(maxAge).toBeGreaterThan(0);
      expect(maxAge).toBeLessThanOrEqual(maxSekunden);
      if (c?.attr.has("expires"))
        expect(new Date(c.attr.get("expires") ?? "").getTime()).toBeLessThanOrEqual(
          Date.now() + maxSekunden * 1000 + 1000,
        );
      return { wert: c?.zeile.split(";")[0]?.split("=")[1] ?? "", maxAge };
    };

    it("names the staff session and login CSRF cookies __Host- and limits them to the session lifetime", async () => {
      const page = await t.app.inject({ method: "GET", url: "/anmelden", headers: https });
      const csrf = hostCookie(page, "kp_login_csrf", 3600);
      expect(gesetzt(page).map((c) => c.name)).not.toContain("kp_login_csrf");
      const res = await t.app.inject({
        method: "POST",
        url: "/anmelden",
        headers: { ...https, cookie: `__Host-kp_login_csrf=${csrf.wert}` },
        payload: { _csrf: csrf.wert, benutzername: "ifk_a1", passwort: PASSWORT },
      });
      expect(res.statusCode).toBe(303);
      const sitzung = hostCookie(res, "kp_sitzung", SITZUNG_MAX_MS / 1000);
      const mit = await t.app.inject({
        method: "GET",
        url: "/faelle",
        headers: { ...https, cookie: `__Host-kp_sitzung=${sitzung.wert}` },
      });
      expect(mit.statusCode).toBe(200);
      // Over HTTPS the unprefixed name is not read (it could be set by a plain-HTTP page or a subdomain).
      const ohne = await t.app.inject({
        method: "GET",
        url: "/faelle",
        headers: { ...https, cookie: `kp_sitzung=${sitzung.wert}` },
      });
      expect(ohne.statusCode).toBe(303);

      const api = await t.app.inject({
        method: "POST",
        url: "/api/v1/sitzung",
        headers: https,
        payload: { benutzername: "ifk_a1", passwort: PASSWORT },
      });
      expect(api.statusCode).toBe(201);
      hostCookie(api, "kp_sitzung", SITZUNG_MAX_MS / 1000);
    });

    it("names the portal session and CSRF cookies __Host- and limits them to the session lifetime", async () => {
      const { code } = await neuerZugang();
      const benutzername = `paula.https.${backend}`;
      expect((await activate(t.app, code, benutzername, "Sicheres-Passwort-1")).statusCode).toBe(303);
      const page = await t.app.inject({ method: "GET", url: "/portal/anmelden", headers: https });
      const csrf = hostCookie(page, "kp_portal_login_csrf", 3600);
      const res = await t.app.inject({
        method: "POST",
        url: "/portal/anmelden",
        headers: { ...https, cookie: `__Host-kp_portal_login_csrf=${csrf.wert}` },
        payload: { _csrf: csrf.wert, benutzername, passwort: "Sicheres-Passwort-1" },
      });
      expect(res.statusCode).toBe(303);
      const sitzung = hostCookie(res, "kp_portal", PORTAL_MAX_MS / 1000);
      const eingang = await t.app.inject({
        method: "GET",
        url: "/portal",
        headers: { ...https, cookie: `__Host-kp_portal=${sitzung.wert}; __Host-kp_portal_sprache=de` },
      });
      expect(eingang.statusCode).toBe(200);
    });

    it("keeps plain names over HTTP (development), where __Host- is not allowed", async () => {
      const page = await t.app.inject({ method: "GET", url: "/anmelden" });
      const namen = gesetzt(page).map((c) => c.name);
      expect(namen).toContain("kp_login_csrf");
      expect(
        gesetzt(page)
          .find((c) => c.name === "kp_login_csrf")
          ?.attr.has("secure"),
      ).toBe(false);
    });
  });
  describe("TOTP secrets encrypted and out of staff's reach", () => {
    const PW = "Sicheres-Passwort-1";
    const codeAt = (secret: string, at: Date) =>
      new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({
        timestamp: at.getTime(),
      });
    const spaeter = (sekunden: number) =>
      t.clock.set(new Date(t.clock.now().getTime() + sekunden * 1000).toISOString());
    const gespeichert = async (kontoId: string) =>
      (
        await t.tdb.db.ownerTransaction((sql) =>
          sql.query<{ geheimnis: string }>("SELECT geheimnis FROM portal_totp WHERE konto_id = $1", [
            kontoId,
          ]),
        )
      )[0]?.geheimnis ?? "";
    /** Second step of a login through `app`; the response of the code form. */
    const zweiterSchritt = async (app: typeof t.app, benutzername: string, secret: string) => {
      const cookie = mergeCookies("kp_portal_sprache=de", await passwortLogin(app, benutzername, PW));
      const seite = await app.inject({ method: "GET", url: "/portal/zweiter-faktor", headers: { cookie } });
      return app.inject({
        method: "POST",
        url: "/portal/zweiter-faktor",
        headers: { cookie },
        payload: { _csrf: csrfOf(seite.body), totp: codeAt(secret, t.clock.now()) },
      });
    };
    /** An account with TOTP switched on through the portal; its id, person and the secret shown. */
    const kontoMitTotp = async () => {
      t.clock.set(`${HEUTE}T10:00:00+01:00`);
      n += 1;
      const benutzername = `tina.totp.${backend}.${n}`;
      const { personId, code } = await neuerZugang();
      expect((await activate(t.app, code, benutzername, PW)).statusCode).toBe(303);
      const cookie = mergeCookies("kp_portal_sprache=de", await passwortLogin(t.app, benutzername, PW));
      const seite = await t.app.inject({ method: "GET", url: "/portal/sicherheit", headers: { cookie } });
      const secret = /<code>([A-Z2-7]+)<\/code>/.exec(seite.body)?.[1] ?? "";
      const an = await t.app.inject({
        method: "POST",
        url: "/portal/sicherheit",
        headers: { cookie },
        payload: { _csrf: csrfOf(seite.body), totp: codeAt(secret, t.clock.now()) },
      });
      expect(an.statusCode).toBe(303);
      spaeter(30);
      const [k] = await t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ id: string }>("SELECT id FROM portal_konto WHERE person_id = $1", [personId]),
      );
      return { benutzername, secret, personId, kontoId: k?.id ?? "" };
    };

    it("stores the secret AES-256-GCM encrypted; the second factor still works", async () => {
      const { benutzername, secret, kontoId } = await kontoMitTotp();
      const wert = await gespeichert(kontoId);
      expect(wert).toMatch(/^v1\./);
      expect(wert).not.toContain(secret);
      const spalten = await t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ column_name: string }>(
          "SELECT column_name FROM information_schema.columns WHERE table_name = 'portal_konto'",
        ),
      );
      expect(spalten.map((c) => c.column_name)).not.toContain("totp_secret");
      const res = await zweiterSchritt(t.app, benutzername, secret);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe("/portal");
    });

    it("staff under kp_app and RLS cannot read a recipient's TOTP secret; the recipient's own context can", async () => {
      const { kontoId, personId } = await kontoMitTotp();
      const konten = await t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ id: string; benutzername: string }>(
          "SELECT id, benutzername FROM mitarbeitende WHERE benutzername IN ('ifk_a1', 'tl_a', 'admin_a', 'ds_a')",
        ),
      );
      const rollen: Record<string, string> = {
        ifk_a1: "integrationsfachkraft",
        tl_a: "teamleitung",
        admin_a: "admin",
        ds_a: "datenschutz",
      };
      for (const k of konten) {
        const rows = await t.tdb.db.transaction(
          { jobcenterId: t.jobcenterA, userId: k.id, rolle: rollen[k.benutzername] ?? "" },
          (sql) => sql.query("SELECT geheimnis FROM portal_totp WHERE konto_id = $1", [kontoId]),
        );
        expect(rows, k.benutzername).toEqual([]);
      }
      // The counsellor still sees that TOTP is on (and nothing more).
      const status = await t.tdb.db.transaction(
        {
          jobcenterId: t.jobcenterA,
          userId: konten.find((k) => k.benutzername === "ifk_a1")?.id ?? "",
          rolle: "integrationsfachkraft",
        },
        (sql) => sql.query("SELECT totp_aktiv FROM portal_konto WHERE id = $1", [kontoId]),
      );
      expect(status).toEqual([{ totp_aktiv: true }]);
      const eigen = await t.tdb.db.transaction(
        { jobcenterId: t.jobcenterA, userId: kontoId, rolle: "leistungsberechtigte" },
        async (sql) => {
          await sql.query("SELECT set_config('app.person_id', $1, true)", [personId]);
          return sql.query("SELECT konto_id FROM portal_totp");
        },
      );
      expect(eigen).toEqual([{ konto_id: kontoId }]);
    });

    it("encrypts a secret stored in plain text before the migration on its first use", async () => {
      const { benutzername, secret, kontoId } = await kontoMitTotp();
      await t.tdb.db.ownerTransaction((sql) =>
        sql.query("UPDATE portal_totp SET geheimnis = $2 WHERE konto_id = $1", [kontoId, secret]),
      );
      expect((await zweiterSchritt(t.app, benutzername, secret)).headers.location).toBe("/portal");
      const wert = await gespeichert(kontoId);
      expect(wert).toMatch(/^v1\./);
      expect(aesGcmTresor(totpSchluessel({}, false).schluessel).entschluesseln(wert, kontoId)).toEqual({
        klartext: secret,
        veraltet: false,
      });
    });

    it("accepts no code when the secret does not decrypt (other key, or copied to another account)", async () => {
      const { benutzername, secret, kontoId } = await kontoMitTotp();
      const fremd = await buildApp(
        await composeApp(t.tdb.db, {
          clock: t.clock,
          logLevel: "silent",
          tresor: aesGcmTresor(Buffer.alloc(32, 7)),
        }),
      );
      try {
        expect((await zweiterSchritt(fremd, benutzername, secret)).statusCode).toBe(401);
      } finally {
        await fremd.close();
      }
      const zweites = await kontoMitTotp();
      const kopiert = await gespeichert(kontoId);
      await t.tdb.db.ownerTransaction((sql) =>
        sql.query("UPDATE portal_totp SET geheimnis = $2 WHERE konto_id = $1", [zweites.kontoId, kopiert]),
      );
      expect((await zweiterSchritt(t.app, zweites.benutzername, secret)).statusCode).toBe(401);
    });
  });

  describe("TOTP_KEY configuration", () => {
    it("refuses to start in production without demo data when TOTP_KEY is missing or not 32 bytes", () => {
      expect(() => totpSchluessel({ NODE_ENV: "production" }, false)).toThrow(/TOTP_KEY fehlt.*production/);
      expect(() => totpSchluessel({ TOTP_KEY: "zu-kurz" }, false)).toThrow(/32 Bytes/);
      const schluessel = Buffer.alloc(32, 1);
      expect(
        totpSchluessel({ NODE_ENV: "production", TOTP_KEY: schluessel.toString("base64") }, false),
      ).toEqual({ schluessel, warnung: null });
    });

    it("uses the fixed development key with a warning in development, tests and the demo", () => {
      for (const [env, demo] of [
        [{}, false],
        [{ NODE_ENV: "production" }, true],
      ] as const) {
        const r = totpSchluessel(env, demo);
        expect(r.schluessel).toHaveLength(32);
        expect(r.warnung).toMatch(/^WARNUNG: TOTP_KEY nicht gesetzt/);
      }
    });
  });
});

describe.each(BACKENDS)("demo accounts only while demo data is on (issue 10) (%s)", (backend) => {
  it("refuses the published demo password and ends demo sessions when the app runs without demo data", async () => {
    const tdb = await createTestDatabase(backend);
    const uhr = { now: () => new Date(`${HEUTE}T10:00:00+01:00`) };
    try {
      expect(await seedDemo(tdb.db, argon2Hasher, HEUTE)).toBe(true);
      const mitDemo = await buildApp(
        await composeApp(tdb.db, { clock: uhr, logLevel: "silent", demoKonten: true }),
      );
      const ohneDemo = await buildApp(await composeApp(tdb.db, { clock: uhr, logLevel: "silent" }));
      try {
        const anmelden = (app: typeof mitDemo) =>
          app.inject({
            method: "POST",
            url: "/api/v1/sitzung",
            payload: { benutzername: "berger", passwort: DEMO_PASSWORT },
          });
        const an = await anmelden(mitDemo);
        expect(an.statusCode).toBe(201);
        const cookie = cookiesOf(an);
        expect(
          (await mitDemo.inject({ method: "GET", url: "/api/v1/sitzung", headers: { cookie } })).statusCode,
        ).toBe(200);

        const aus = await anmelden(ohneDemo);
        expect(aus.statusCode).toBe(401);
        expect(aus.json()).toMatchObject({ code: "nicht_angemeldet" });
        // The session opened while demo data was on does not work either (and is ended).
        expect(
          (await ohneDemo.inject({ method: "GET", url: "/api/v1/sitzung", headers: { cookie } })).statusCode,
        ).toBe(401);
        expect(
          (await mitDemo.inject({ method: "GET", url: "/api/v1/sitzung", headers: { cookie } })).statusCode,
        ).toBe(401);
        const verweigert = await tdb.db.ownerTransaction((sql) =>
          sql.query<{ details: unknown }>(
            `SELECT a.details FROM audit_log a JOIN mitarbeitende m ON m.id = a.akteur_id
             WHERE m.benutzername = 'berger' AND a.aktion = 'verweigert'`,
          ),
        );
        expect(verweigert.map((r) => r.details)).toEqual([{ grund: "demo" }]);
      } finally {
        await mitDemo.close();
        await ohneDemo.close();
      }
      // The start-up log says it plainly.
      expect(await demoKontenMeldung(tdb.db, true)).toMatch(
        /^WARNUNG: Demo-Konten mit veröffentlichtem Passwort sind aktiv \(.*berger.*\)/,
      );
      expect(await demoKontenMeldung(tdb.db, false)).toMatch(/gesperrt \(DEMO_DATA=false\)/);
      expect(await countRows(tdb, "mitarbeitende WHERE NOT demo")).toBe(0);
    } finally {
      await tdb.drop();
    }
  });

  it("says nothing about demo accounts when there are none; DEMO_DATA decides, PostgreSQL defaults to off", async () => {
    const tdb = await createTestDatabase(backend);
    try {
      expect(await demoKontenMeldung(tdb.db, true)).toBeNull();
    } finally {
      await tdb.drop();
    }
    expect(demoDatenAn({}, "postgres")).toBe(false);
    expect(demoDatenAn({}, "pglite")).toBe(true);
    expect(demoDatenAn({ DEMO_DATA: "false" }, "pglite")).toBe(false);
    expect(demoDatenAn({ DEMO_DATA: "true" }, "postgres")).toBe(true);
  });
});
