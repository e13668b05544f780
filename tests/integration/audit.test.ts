import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BACKENDS } from "./support/testDatabase";
import { zeitstempelDerDatenbank } from "./support/datenbankUhr";
import { buildPersonInput, buildPlanInhalt } from "./support/factories";
import { createPerson } from "./support/planFactories";
import { createTestApp, faelle, HEUTE, login, type Client, type TestApp } from "./support/testApp";

interface AuditRow {
  aktion: string;
  objekt: string;
  person_id: string | null;
  akteur_rolle: string;
  details: Record<string, unknown>;
}

describe.each(BACKENDS)("append-only audit of reads and changes (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let b: Client;

  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  // Some tests move the clock; every test starts on "today" with fresh sessions.
  beforeEach(async () => {
    t.clock.set(`${HEUTE}T10:00:00+01:00`);
    ifk = await login(t.app, "ifk_a1");
    b = await login(t.app, "ifk_b");
  });
  afterAll(() => t.close());

  const auditFor = (personId: string) =>
    t.tdb.db.ownerTransaction((sql) =>
      sql.query<AuditRow>(
        "SELECT aktion, objekt, person_id, akteur_rolle, details FROM audit_log WHERE person_id = $1 ORDER BY id",
        [personId],
      ),
    );

  it("records who read a person's file and who wrote and agreed a plan", async () => {
    const personId = await createPerson(ifk);
    await ifk.get(`/api/v1/personen/${personId}`);
    const plan = (await ifk.send("POST", `/api/v1/personen/${personId}/kooperationsplan`)).json();
    await ifk.get(`/api/v1/kooperationsplaene/${plan.planId}/versionen/1/pdf`);
    const rows = await auditFor(personId);
    expect(rows.map((r) => [r.aktion, r.objekt])).toEqual([
      ["anlegen", "person"],
      ["lesen", "person"],
      ["anlegen", "kooperationsplan"],
      ["exportieren", "plan_pdf"],
    ]);
    expect(rows.every((r) => r.akteur_rolle === "integrationsfachkraft")).toBe(true);
  });

  it("records the caseload view and the refused attempt of another jobcentre, without personal data", async () => {
    const personId = (await faelle(ifk))[0]?.personId as string;
    const verweigerte = () =>
      t.tdb.db.ownerTransaction((sql) =>
        sql.query<AuditRow>(
          "SELECT aktion, objekt, person_id, akteur_rolle, details FROM audit_log WHERE jobcenter_id = $1 AND aktion = 'verweigert' ORDER BY id",
          [t.jobcenterB],
        ),
      );
    const vorher = (await verweigerte()).length;
    await b.get(`/api/v1/personen/${personId}`);
    const refused = (await verweigerte()).slice(vorher);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.details).toMatchObject({ methode: "GET", route: "/api/v1/personen/:personId" });
    const lists = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<AuditRow>("SELECT * FROM audit_log WHERE objekt = 'fallliste'"),
    );
    expect(lists.length).toBeGreaterThan(0);
    expect(JSON.stringify(lists)).not.toMatch(/Schneider|Yilmaz|BG\d/);
  });

  it("shows the team lead who accessed a person's data; counsellors may not read the audit", async () => {
    const personId = (await faelle(ifk))[0]?.personId as string;
    await ifk.get(`/api/v1/personen/${personId}`);
    const tl = await login(t.app, "tl_a");
    const res = await tl.get(`/api/v1/personen/${personId}/protokoll`);
    expect(res.statusCode).toBe(200);
    expect(res.json()[0]).toMatchObject({
      aktion: "lesen",
      objekt: "person",
      akteurName: "IFK_A1",
      akteurRolle: "integrationsfachkraft",
    });
    expect((await ifk.get(`/api/v1/personen/${personId}/protokoll`)).statusCode).toBe(403);
    const page = await t.app.inject({
      method: "GET",
      url: `/personen/${personId}/protokoll`,
      headers: { cookie: tl.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("IFK_A1");
  });

  it("logins and logouts are audited", async () => {
    const c = await login(t.app, "ifk_a2");
    expect((await c.send("DELETE", "/api/v1/sitzung")).statusCode).toBe(204);
    expect((await c.get("/api/v1/faelle")).statusCode).toBe(401);
    const rows = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ aktion: string }>("SELECT aktion FROM audit_log WHERE objekt = 'sitzung' ORDER BY id"),
    );
    expect(rows.map((r) => r.aktion)).toEqual(expect.arrayContaining(["anmelden", "abmelden"]));
  });

  it("lands in the monthly partition of the audit log", async () => {
    const rows = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ p: string; n: number }>(
        "SELECT tableoid::regclass::text AS p, count(*)::int AS n FROM audit_log GROUP BY 1",
      ),
    );
    expect(rows.map((r) => r.p)).toContain("audit_log_2026_11");
  });

  it("stamps every row with the app's clock, never the database's own now()", async () => {
    const seit = new Date(Date.now() - 60_000);
    t.clock.set("2026-11-27T09:00:00+01:00");
    const c = await login(t.app, "ifk_a1");
    const person = await c.send("POST", "/api/v1/personen", buildPersonInput());
    expect(person.statusCode).toBe(201);
    const personId = person.json().id as string;
    const angelegt = await c.send("POST", `/api/v1/personen/${personId}/kooperationsplan`);
    expect(angelegt.statusCode).toBe(201);
    const plan = angelegt.json();
    const gespeichert = await c.send("PUT", `/api/v1/kooperationsplaene/${plan.planId}/versionen/1`, {
      inhalt: buildPlanInhalt(),
      lockVersion: 1,
    });
    expect(gespeichert.statusCode).toBe(200);
    await c.send("DELETE", "/api/v1/sitzung");
    expect(await zeitstempelDerDatenbank(t.tdb, seit)).toEqual([]);
    const rows = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ p: string }>(
        "SELECT DISTINCT tableoid::regclass::text AS p FROM audit_log WHERE at >= '2026-11-27'",
      ),
    );
    expect(rows.map((r) => r.p)).toEqual(["audit_log_2026_11"]);
  });
});
