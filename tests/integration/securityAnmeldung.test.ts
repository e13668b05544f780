import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/adapters/http/buildApp";
import { composeApp } from "../../src/composition";
import { loadConfig } from "../../src/config/config";
import { activate, cookiesOf, csrfOf, openZugang, passwortLogin } from "./support/portalHilfen";
import { createAbgestimmterPlan } from "./support/planFactories";
import { BACKENDS } from "./support/testDatabase";
import { HEUTE, PASSWORT, createTestApp, login, type TestApp } from "./support/testApp";

/** Issue 10 (high): login throttling that a client cannot bypass, per address and per account. */
describe("TRUST_PROXY configuration (issue 10)", () => {
  it("refuses `true`, which would trust the client's own first X-Forwarded-For entry", () => {
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: "10.0.0.300" })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: "10.0.0.0/33" })).toThrow(/TRUST_PROXY/);
  });

  it("takes a list of proxy addresses and CIDRs, or a hop count; default: no proxy", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.5, 192.168.0.0/16,::1" }).TRUST_PROXY).toEqual([
      "10.0.0.5",
      "192.168.0.0/16",
      "::1",
    ]);
    expect(loadConfig({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
  });
});

describe.each(BACKENDS)("login throttling behind a proxy, per address and per account (%s)", (backend) => {
  let t: TestApp;
  let n = 0;
  const PROXY = "127.0.0.1";

  /** A fresh staff account of jobcentre A that no other test touches. */
  const neuesKonto = async (
    rolle = "integrationsfachkraft",
  ): Promise<{ benutzername: string; id: string }> => {
    n += 1;
    const benutzername = `schutz_${backend}_${n}`;
    const [r] = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ id: string }>(
        `INSERT INTO mitarbeitende (jobcenter_id, benutzername, name, rolle, passwort_hash)
         SELECT jobcenter_id, $1, 'Schutz Test', $2, passwort_hash FROM mitarbeitende WHERE benutzername = 'ifk_a1'
         RETURNING id`,
        [benutzername, rolle],
      ),
    );
    return { benutzername, id: r?.id ?? "" };
  };
  const apiLogin = (
    benutzername: string,
    passwort: string,
    headers: Record<string, string> = {},
    remote = PROXY,
  ) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/sitzung",
      remoteAddress: remote,
      headers,
      payload: { benutzername, passwort },
    });
  const webLogin = async (benutzername: string, passwort: string, headers: Record<string, string> = {}) => {
    const page = await t.app.inject({ method: "GET", url: "/anmelden" });
    return t.app.inject({
      method: "POST",
      url: "/anmelden",
      headers: { ...headers, cookie: cookiesOf(page) },
      payload: { _csrf: csrfOf(page.body), benutzername, passwort },
    });
  };
  const portalLogin = async (
    benutzername: string,
    passwort: string,
    headers: Record<string, string> = {},
  ) => {
    const page = await t.app.inject({ method: "GET", url: "/portal/anmelden" });
    return t.app.inject({
      method: "POST",
      url: "/portal/anmelden",
      headers: { ...headers, cookie: cookiesOf(page) },
      payload: { _csrf: csrfOf(page.body), benutzername, passwort },
    });
  };
  const status = (rs: LightMyRequestResponse[]) => rs.map((r) => r.statusCode);
  const spaeter = (sekunden: number) =>
    t.clock.set(new Date(t.clock.now().getTime() + sekunden * 1000).toISOString());

  beforeAll(async () => {
    // The app sits behind one proxy at 127.0.0.1 (the address `inject` connects from); 10 logins a minute.
    t = await createTestApp(backend, { loginLimit: 10, trustProxy: [PROXY] });
  });
  afterAll(() => t.close());

  it.each([
    ["API", "/api/v1/sitzung"],
    ["staff form", "/anmelden"],
    ["portal", "/portal/anmelden"],
  ])(
    "keeps throttling the %s login when the client rotates the first X-Forwarded-For entry (`<fake>, <real>`)",
    async (_art, url) => {
      const real =
        url === "/api/v1/sitzung" ? "203.0.113.10" : url === "/anmelden" ? "203.0.113.11" : "203.0.113.12";
      const antworten: LightMyRequestResponse[] = [];
      for (let i = 0; i < 25; i++) {
        const headers = { "x-forwarded-for": `198.51.100.${i + 1}, ${real}` };
        const name = `unbekannt_${i}`;
        antworten.push(
          url === "/api/v1/sitzung"
            ? await apiLogin(name, "falsch", headers)
            : url === "/anmelden"
              ? await webLogin(name, "falsch", headers)
              : await portalLogin(name, "falsch", headers),
        );
      }
      const durch = status(antworten).filter((s) => s !== 429);
      expect(durch.length).toBeLessThanOrEqual(10);
      expect(status(antworten).slice(-5)).toEqual([429, 429, 429, 429, 429]);
    },
  );

  it("throttles one account however many addresses the tries come from, with a growing wait", async () => {
    const { benutzername } = await neuesKonto();
    const von = (i: number) => ({ "x-forwarded-for": `192.0.2.${i}` });
    // Four free failures, from four addresses.
    for (let i = 1; i <= 4; i++)
      expect((await apiLogin(benutzername, "falsch", von(i))).statusCode).toBe(401);
    expect((await apiLogin(benutzername, "falsch", von(5))).statusCode).toBe(401);
    // Now the account waits 1 s: even the right password from a new address is refused, with Retry-After.
    const warten = await apiLogin(benutzername, PASSWORT, von(6));
    expect(warten.statusCode).toBe(429);
    expect(warten.json()).toMatchObject({ code: "anmeldung_warten" });
    expect(Number(warten.headers["retry-after"])).toBe(1);
    spaeter(1);
    expect((await apiLogin(benutzername, "falsch", von(7))).statusCode).toBe(401);
    // The wait doubles: 2 s after the sixth failure.
    spaeter(1);
    expect((await apiLogin(benutzername.toUpperCase(), PASSWORT, von(8))).statusCode).toBe(429);
    spaeter(1);
    // Upper case and spaces name the same account; a success resets the counter.
    expect((await apiLogin(` ${benutzername.toUpperCase()} `, PASSWORT, von(9))).statusCode).toBe(201);
    for (let i = 0; i < 4; i++)
      expect((await apiLogin(benutzername, "falsch", von(10))).statusCode).toBe(401);
  });

  it("throttles parallel tries on one account (each try is counted before the password is checked)", async () => {
    const { benutzername } = await neuesKonto();
    const antworten = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        apiLogin(benutzername, "falsch", { "x-forwarded-for": `192.0.2.${100 + i}` }),
      ),
    );
    expect(status(antworten).filter((s) => s === 401).length).toBe(5);
  });

  it("locks an account after 10 failures until the administration lifts it (audited); the lock survives a restart", async () => {
    const { benutzername, id } = await neuesKonto();
    for (let i = 1; i <= 10; i++) {
      expect(
        (await apiLogin(benutzername, "falsch", { "x-forwarded-for": `192.0.2.${200 + i}` })).statusCode,
      ).toBe(401);
      spaeter(15 * 60);
    }
    spaeter(24 * 60 * 60);
    const gesperrt = await webLogin(benutzername, PASSWORT, { "x-forwarded-for": "192.0.2.250" });
    expect(gesperrt.statusCode).toBe(429);
    expect(gesperrt.body).toContain("Die Anmeldung ist gesperrt");

    // A second instance on the same database (or the same one after a restart) sees the lock.
    const zweite = await buildApp(
      await composeApp(t.tdb.db, { clock: t.clock, logLevel: "silent", trustProxy: [PROXY] }),
    );
    const dort = await zweite.inject({
      method: "POST",
      url: "/api/v1/sitzung",
      payload: { benutzername, passwort: PASSWORT },
    });
    await zweite.close();
    expect(dort.statusCode).toBe(429);
    expect(dort.json()).toMatchObject({ code: "anmeldung_gesperrt" });

    // Only the administration sees and lifts it; a counsellor may not, nor an admin of another jobcentre.
    const ifk = await login(t.app, "ifk_a1");
    expect((await ifk.get("/api/v1/anmeldesperren")).statusCode).toBe(403);
    expect((await ifk.send("DELETE", `/api/v1/anmeldesperren/${id}`)).statusCode).toBe(403);
    const admin = await login(t.app, "admin_a");
    const liste = await admin.get("/api/v1/anmeldesperren");
    expect(liste.statusCode).toBe(200);
    expect((liste.json() as { sperren: unknown[] }).sperren).toContainEqual(
      expect.objectContaining({ kontoId: id, art: "mitarbeitende", benutzername, fehlversuche: 10 }),
    );
    expect(
      (await admin.send("DELETE", `/api/v1/anmeldesperren/${id}`, undefined, { csrf: null })).statusCode,
    ).toBe(403);
    expect((await admin.send("DELETE", `/api/v1/anmeldesperren/${id}`)).statusCode).toBe(204);
    expect((await admin.send("DELETE", `/api/v1/anmeldesperren/${id}`)).statusCode).toBe(404);
    const aufgehoben = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ akteur_rolle: string; details: { aufgehoben: string[] } }>(
        "SELECT akteur_rolle, details FROM audit_log WHERE objekt = 'anmeldesperre' AND objekt_id = $1",
        [id],
      ),
    );
    expect(aufgehoben).toEqual([{ akteur_rolle: "admin", details: { aufgehoben: ["mitarbeitende"] } }]);
    expect((await apiLogin(benutzername, PASSWORT, { "x-forwarded-for": "192.0.2.251" })).statusCode).toBe(
      201,
    );
  });

  it("audits a failed staff login for the account, without the password", async () => {
    const { benutzername, id } = await neuesKonto();
    const geheim = "Mein-geheimes-Passwort-42";
    expect((await apiLogin(benutzername, geheim)).statusCode).toBe(401);
    const rows = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ aktion: string; objekt: string; details: unknown; at: Date }>(
        "SELECT aktion, objekt, details, at FROM audit_log WHERE akteur_id = $1",
        [id],
      ),
    );
    expect(rows.map((r) => [r.aktion, r.objekt, r.details])).toEqual([
      ["verweigert", "anmeldung", { grund: "passwort" }],
    ]);
    expect(new Date(rows[0]?.at ?? 0).getTime()).toBe(t.clock.now().getTime());
    expect(JSON.stringify(rows)).not.toContain(geheim);
    const schutz = await t.tdb.db.ownerTransaction((sql) => sql.query("SELECT * FROM anmeldeschutz"));
    expect(JSON.stringify(schutz)).not.toContain(benutzername);
  });

  it("throttles and locks a portal account per user name as well", async () => {
    t.clock.set(`${HEUTE}T10:00:00+01:00`);
    const ifk = await login(t.app, "ifk_a1");
    const { personId } = await createAbgestimmterPlan(ifk, HEUTE);
    const code = await openZugang(ifk, personId);
    const benutzername = `paula.schutz.${backend}`;
    expect((await activate(t.app, code, benutzername, "Sicheres-Passwort-1")).statusCode).toBe(303);
    for (let i = 1; i <= 5; i++)
      expect(
        (await portalLogin(benutzername, "falsch", { "x-forwarded-for": `192.0.2.${20 + i}` })).statusCode,
      ).toBe(401);
    const warten = await portalLogin(benutzername, "Sicheres-Passwort-1", {
      "x-forwarded-for": "192.0.2.30",
    });
    expect(warten.statusCode).toBe(429);
    expect(warten.body).toContain("Zu viele Fehlversuche");
    spaeter(1);
    expect((await passwortLogin(t.app, benutzername, "Sicheres-Passwort-1")).statusCode).toBe(303);
  });
});
