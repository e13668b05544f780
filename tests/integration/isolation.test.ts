import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlanInhalt } from "./support/factories";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, faelle, login, type Client, type TestApp } from "./support/testApp";

describe.each(BACKENDS)("need-to-know access and jobcentre isolation (%s)", (backend) => {
  let t: TestApp;
  let a1: Client;
  let a2: Client;
  let b: Client;
  let tl: Client;
  let personA: string;
  let planA: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    a1 = await login(t.app, "ifk_a1");
    a2 = await login(t.app, "ifk_a2");
    b = await login(t.app, "ifk_b");
    tl = await login(t.app, "tl_a");
    const withPlan = (await faelle(a1, "aktuell"))[0];
    personA = withPlan?.personId as string;
    planA = withPlan?.planId as string;
  });
  afterAll(() => t.close());

  it("a counsellor of jobcentre B sees none of A's persons in the caseload", async () => {
    const rows = await faelle(b);
    expect(rows.length).toBe(7);
    expect(rows.some((f) => f.personId === personA)).toBe(false);
  });

  it("a counsellor of jobcentre B can neither read nor change A's person or plan through the API", async () => {
    expect((await b.get(`/api/v1/personen/${personA}`)).statusCode).toBe(404);
    expect((await b.get(`/api/v1/kooperationsplaene/${planA}/versionen/1`)).statusCode).toBe(404);
    expect((await b.get(`/api/v1/kooperationsplaene/${planA}/versionen/1/pdf`)).statusCode).toBe(404);
    expect((await b.send("POST", `/api/v1/kooperationsplaene/${planA}/fortschreibung`)).statusCode).toBe(404);
    expect(
      (
        await b.send("POST", `/api/v1/personen/${personA}/potenzialanalysen`, {
          datum: "2026-11-26",
          sprachniveauDeutsch: "B1",
        })
      ).statusCode,
    ).toBe(404);
  });

  it("a counsellor sees only the persons assigned to them; the team lead sees all, read-only", async () => {
    expect((await a2.get(`/api/v1/personen/${personA}`)).statusCode).toBe(404);
    expect((await faelle(a1)).length + (await faelle(a2)).length).toBe((await faelle(tl)).length);
    expect((await tl.get(`/api/v1/personen/${personA}`)).statusCode).toBe(200);
    const write = await tl.send("POST", `/api/v1/kooperationsplaene/${planA}/fortschreibung`);
    expect(write.statusCode).toBe(403);
    expect(write.json().code).toBe("nicht_erlaubt");
  });

  it("health details in the Potenzialanalyse are withheld from the team lead (Art. 9 DSGVO)", async () => {
    const created = await a1.send("POST", `/api/v1/personen/${personA}/potenzialanalysen`, {
      datum: "2026-11-26",
      sprachniveauDeutsch: "B2",
      gesundheitlicheEinschraenkung: true,
      gesundheitHinweis: "Kann nicht schwer heben.",
    });
    expect(created.statusCode).toBe(201);
    const own = (await a1.get(`/api/v1/personen/${personA}`)).json();
    expect(own.potenzialanalysen[0].gesundheitHinweis).toBe("Kann nicht schwer heben.");
    const lead = (await tl.get(`/api/v1/personen/${personA}`)).json();
    expect(lead.gesundheitSichtbar).toBe(false);
    expect(JSON.stringify(lead)).not.toContain("schwer heben");
  });

  it("row-level security under the app role: B's context sees no row of A and cannot write into A", async () => {
    const ctxB = {
      jobcenterId: t.jobcenterB,
      userId: "00000000-0000-0000-0000-000000000000",
      rolle: "teamleitung",
    };
    const counts = await t.tdb.db.transaction(ctxB, (sql) =>
      sql.query<{ p: number; v: number; j: number }>(
        `SELECT (SELECT count(*)::int FROM leistungsberechtigte WHERE jobcenter_id = $1) AS p,
                (SELECT count(*)::int FROM plan_version WHERE jobcenter_id = $1) AS v,
                (SELECT count(*)::int FROM jobcenter WHERE id = $1) AS j`,
        [t.jobcenterA],
      ),
    );
    expect(counts[0]).toEqual({ p: 0, v: 0, j: 0 });
    await expect(
      t.tdb.db.transaction({ ...ctxB, rolle: "integrationsfachkraft" }, (sql) =>
        sql.query("INSERT INTO kooperationsplan (jobcenter_id, person_id) VALUES ($1, $2)", [
          t.jobcenterA,
          personA,
        ]),
      ),
    ).rejects.toThrow(/row-level security|violates/);
    const none = await t.tdb.db.transaction(null, (sql) => sql.query("SELECT id FROM leistungsberechtigte"));
    expect(none).toEqual([]);
  });

  it("the app role cannot bypass row-level security or change the audit log", async () => {
    const role = await t.tdb.db.transaction(null, (sql) =>
      sql.query<{ rolbypassrls: boolean; rolsuper: boolean }>(
        "SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user",
      ),
    );
    expect(role[0]).toEqual({ rolbypassrls: false, rolsuper: false });
    const ctxA = {
      jobcenterId: t.jobcenterA,
      userId: "00000000-0000-0000-0000-000000000000",
      rolle: "teamleitung",
    };
    await expect(t.tdb.db.transaction(ctxA, (sql) => sql.query("DELETE FROM audit_log"))).rejects.toThrow(
      /permission denied|nur anfügbar/,
    );
    await expect(
      t.tdb.db.ownerTransaction((sql) => sql.query("UPDATE audit_log SET aktion = 'x'")),
    ).rejects.toThrow(/nur anfügbar/);
  });

  // Only PostgreSQL has logins; PGlite is a single-user database.
  if (backend === "postgres")
    it("a direct login as kp_app sees nothing without a jobcentre context", async () => {
      const url = new URL(t.tdb.url as string);
      url.username = "kp_app";
      url.password = "";
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        expect((await client.query("SELECT count(*)::int AS n FROM leistungsberechtigte")).rows[0].n).toBe(0);
        await client.query(
          "SELECT set_config('app.jobcenter_id', $1, false), set_config('app.rolle', 'teamleitung', false)",
          [t.jobcenterB],
        );
        expect((await client.query("SELECT count(*)::int AS n FROM leistungsberechtigte")).rows[0].n).toBe(7);
        await expect(client.query("SET ROLE postgres")).rejects.toThrow();
      } finally {
        await client.end();
      }
    });

  it("a draft saved by the responsible counsellor stays invisible to the other counsellor", async () => {
    const neu = (await faelle(a1, "kein_plan"))[0]?.personId as string;
    const plan = (await a1.send("POST", `/api/v1/personen/${neu}/kooperationsplan`)).json();
    await a1.send("PUT", `/api/v1/kooperationsplaene/${plan.planId}/versionen/1`, {
      inhalt: buildPlanInhalt(),
      lockVersion: 1,
    });
    expect(
      (
        await a2.send("PUT", `/api/v1/kooperationsplaene/${plan.planId}/versionen/1`, {
          inhalt: buildPlanInhalt({ berufsziel: "x" }),
          lockVersion: 2,
        })
      ).statusCode,
    ).toBe(404);
  });
});
