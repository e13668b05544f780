import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { activate, mergeCookies, openZugang, passwortLogin } from "./support/portalHilfen";
import { setHeute, vereinbarePlan } from "./support/rechtsfolgenFaelle";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, login, type Client, type TestApp } from "./support/testApp";

const PASSWORT = "Sicheres-Passwort-1";

describe.each(BACKENDS)("Schlichtung requested in the portal (old law) (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let konten = 0;

  /** A person, signed in to the portal, with a session cookie. */
  interface PortalPerson {
    personId: string;
    benutzername: string;
    cookie: string;
  }
  const portal = (p: PortalPerson) =>
    t.app.inject({ method: "GET", url: "/portal", headers: { cookie: p.cookie } });
  const csrf = async (p: PortalPerson) =>
    /name="_csrf" value="([^"]+)"/.exec((await portal(p)).body)?.[1] ?? "";
  const beantragen = async (p: PortalPerson, anliegen: string) =>
    t.app.inject({
      method: "POST",
      url: "/portal/schlichtung",
      headers: { cookie: p.cookie },
      payload: { _csrf: await csrf(p), anliegen },
    });
  const anmelden = async (p: PortalPerson) => {
    p.cookie = mergeCookies("kp_portal_sprache=de", await passwortLogin(t.app, p.benutzername, PASSWORT));
  };
  /** Each test's own person: plan agreed on 2.6.2026 (old law), portal opened and signed in on 10.6.2026. */
  const neuePortalPerson = async (): Promise<PortalPerson> => {
    konten += 1;
    const personId = (await vereinbarePlan(t, ifk, "2026-06-02", konten)).personId;
    setHeute(t, "2026-06-10");
    ifk = await login(t.app, "ifk_a1");
    const code = await openZugang(ifk, personId);
    const p = { personId, benutzername: `rita.portal${konten}`, cookie: "" };
    expect((await activate(t.app, code, p.benutzername, PASSWORT)).statusCode).toBe(303);
    await anmelden(p);
    return p;
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  beforeEach(async () => {
    setHeute(t, "2026-06-02");
    ifk = await login(t.app, "ifk_a1");
  });
  afterAll(() => t.close());

  it("explains the Schlichtung for an old-law plan and records the request once", async () => {
    const p = await neuePortalPerson();
    const seite = await portal(p);
    expect(seite.body).toContain("Schlichtung, wenn wir uns nicht einig sind");
    expect(seite.body).toContain('action="/portal/schlichtung"');
    expect((await beantragen(p, " ")).statusCode).toBe(400);
    expect((await beantragen(p, "Der Staplerkurs passt nicht zu meiner Gesundheit.")).statusCode).toBe(303);
    const danach = await portal(p);
    expect(danach.body).toContain("Sie haben am 10.06.2026");
    expect(danach.body).not.toContain('action="/portal/schlichtung"');
    expect((await beantragen(p, "Noch einmal.")).statusCode).toBe(409);
  });

  it("the counsellor starts it from the request with startSchlichtung, requested by the person", async () => {
    const p = await neuePortalPerson();
    const { personId } = p;
    expect((await beantragen(p, "Der Staplerkurs passt nicht zu meiner Gesundheit.")).statusCode).toBe(303);
    const queue = await ifk.get(`/personen/${personId}/portal`);
    expect(queue.body).toContain("Der Staplerkurs passt nicht zu meiner Gesundheit.");
    const vorschlagId = /portal\/vorschlaege\/([0-9a-f-]{36})\/schlichtung/.exec(queue.body)?.[1] as string;
    const alsPlan = await ifk.send("POST", `/personen/${personId}/portal/vorschlaege/${vorschlagId}`, {
      _csrf: ifk.csrf,
      entscheidung: "uebernehmen",
    });
    expect(alsPlan.statusCode).toBe(409);
    const zukunft = await ifk.send(
      "POST",
      `/personen/${personId}/portal/vorschlaege/${vorschlagId}/schlichtung`,
      {
        _csrf: ifk.csrf,
        schlichterName: "Frau Neutral",
        beginn: "2026-06-20",
      },
    );
    expect(zukunft.statusCode).toBe(422);
    const start = await ifk.send(
      "POST",
      `/personen/${personId}/portal/vorschlaege/${vorschlagId}/schlichtung`,
      {
        _csrf: ifk.csrf,
        schlichterName: "Frau Neutral",
        beginn: "2026-06-10",
      },
    );
    expect(start.statusCode).toBe(303);
    const rows = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ beantragt_von: string; schlichter_name: string }>(
        "SELECT beantragt_von, schlichter_name FROM schlichtung WHERE person_id = $1",
        [personId],
      ),
    );
    expect(rows).toEqual([{ beantragt_von: "person", schlichter_name: "Frau Neutral" }]);
    const sicht = await portal(p);
    expect(sicht.body).toContain("Schlichtung ab 10.06.2026 mit Frau Neutral");
  });

  it("from 1.7.2026 the portal says the Schlichtung no longer exists and refuses a request", async () => {
    const p = await neuePortalPerson();
    setHeute(t, "2026-07-15");
    await anmelden(p);
    const seite = await portal(p);
    expect(seite.body).toContain("Die Schlichtung gibt es seit dem 1. Juli 2026 nicht mehr.");
    expect(seite.body).not.toContain('action="/portal/schlichtung"');
    expect((await beantragen(p, "Bitte Schlichtung.")).statusCode).toBe(409);
  });
});
