import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activate, mergeCookies, openZugang, passwortLogin } from "./support/portalHilfen";
import { setHeute, vereinbarePlan } from "./support/rechtsfolgenFaelle";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, login, type Client, type TestApp } from "./support/testApp";

const PASSWORT = "Sicheres-Passwort-1";

describe.each(BACKENDS)("Schlichtung requested in the portal (old law) (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let personId: string;
  let cookie = "";

  const portal = () => t.app.inject({ method: "GET", url: "/portal", headers: { cookie } });
  const csrf = async () => /name="_csrf" value="([^"]+)"/.exec((await portal()).body)?.[1] ?? "";
  const beantragen = async (anliegen: string) =>
    t.app.inject({
      method: "POST",
      url: "/portal/schlichtung",
      headers: { cookie },
      payload: { _csrf: await csrf(), anliegen },
    });
  const anmelden = async () => {
    cookie = mergeCookies("kp_portal_sprache=de", await passwortLogin(t.app, "rita.portal", PASSWORT));
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
    personId = (await vereinbarePlan(t, ifk, "2026-06-02", 1)).personId;
    setHeute(t, "2026-06-10");
    ifk = await login(t.app, "ifk_a1");
    const code = await openZugang(ifk, personId);
    expect((await activate(t.app, code, "rita.portal", PASSWORT)).statusCode).toBe(303);
    await anmelden();
  });
  afterAll(() => t.close());

  it("explains the Schlichtung for an old-law plan and records the request once", async () => {
    const seite = await portal();
    expect(seite.body).toContain("Schlichtung, wenn wir uns nicht einig sind");
    expect(seite.body).toContain('action="/portal/schlichtung"');
    expect((await beantragen(" ")).statusCode).toBe(400);
    expect((await beantragen("Der Staplerkurs passt nicht zu meiner Gesundheit.")).statusCode).toBe(303);
    const danach = await portal();
    expect(danach.body).toContain("Sie haben am 10.06.2026");
    expect(danach.body).not.toContain('action="/portal/schlichtung"');
    expect((await beantragen("Noch einmal.")).statusCode).toBe(409);
  });

  it("the counsellor starts it from the request with startSchlichtung, requested by the person", async () => {
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
    const sicht = await portal();
    expect(sicht.body).toContain("Schlichtung ab 10.06.2026 mit Frau Neutral");
  });

  it("from 1.7.2026 the portal says the Schlichtung no longer exists and refuses a request", async () => {
    setHeute(t, "2026-07-15");
    await anmelden();
    const seite = await portal();
    expect(seite.body).toContain("Die Schlichtung gibt es seit dem 1. Juli 2026 nicht mehr.");
    expect(seite.body).not.toContain('action="/portal/schlichtung"');
    expect((await beantragen("Bitte Schlichtung.")).statusCode).toBe(409);
  });
});
