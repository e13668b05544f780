import pg from "pg";
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
    // Another jobcentre's person does not resolve in B: the row names no person of A.
    expect(refused[0]?.person_id).toBeNull();
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
    expect(res.json().eintraege[0]).toMatchObject({
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

  it("a refused access in the own jobcentre names the person it aimed at", async () => {
    const fremd = (await faelle(await login(t.app, "ifk_a2"), "aktuell"))[0];
    const plan = fremd?.planId as string;
    expect((await ifk.get(`/api/v1/kooperationsplaene/${plan}/versionen/1`)).statusCode).toBe(404);
    const rows = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<AuditRow>(
        "SELECT aktion, objekt, person_id, akteur_rolle, details FROM audit_log WHERE aktion = 'verweigert' AND objekt_id = $1",
        [plan],
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.person_id).toBe(fremd?.personId);
    expect(rows[0]?.details).toMatchObject({ ziel: "planId" });
  });

  it("admin reads no protocol; another jobcentre's person is 404; pages go through all rows", async () => {
    const personId = (await faelle(ifk))[0]?.personId as string;
    const admin = await login(t.app, "admin_a");
    expect((await admin.get(`/api/v1/personen/${personId}/protokoll`)).statusCode).toBe(403);
    const personB = (await faelle(b))[0]?.personId as string;
    const tl = await login(t.app, "tl_a");
    const ds = await login(t.app, "ds_a");
    expect((await tl.get(`/api/v1/personen/${personB}/protokoll`)).statusCode).toBe(404);
    expect((await ds.get(`/api/v1/personen/${personB}/protokoll`)).statusCode).toBe(404);
    for (let i = 0; i < 60; i++) await ifk.get(`/api/v1/personen/${personId}`);
    const gesehen = new Set<string>();
    let nach: string | null = null;
    let seiten = 0;
    do {
      const url = `/api/v1/personen/${personId}/protokoll${nach ? `?nach=${nach}` : ""}`;
      const res = await tl.get(url);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { eintraege: { id: string }[]; naechsteSeite: string | null };
      for (const e of body.eintraege) gesehen.add(e.id);
      nach = body.naechsteSeite;
      seiten++;
    } while (nach);
    const alle = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE person_id = $1", [personId]),
    );
    expect(seiten).toBeGreaterThan(1);
    // Every row once (the protocol reads themselves are appended after each page was taken).
    expect(gesehen.size).toBeGreaterThanOrEqual((alle[0]?.n ?? 0) - seiten);
    expect((await tl.get(`/api/v1/personen/${personId}/protokoll?nach=kaputt`)).statusCode).toBe(400);
  });

  it("health data: the team lead sees no health flag, the data-protection officer only that Art. 9 data was touched", async () => {
    const personId = (await faelle(ifk))[0]?.personId as string;
    await ifk.send("POST", `/api/v1/personen/${personId}/potenzialanalysen`, {
      datum: "2026-11-26",
      sprachniveauDeutsch: "B1",
      gesundheitlicheEinschraenkung: true,
      gesundheitHinweis: "Rücken",
    });
    const tl = await login(t.app, "tl_a");
    const ds = await login(t.app, "ds_a");
    const lead = JSON.stringify((await tl.get(`/api/v1/personen/${personId}/protokoll`)).json());
    expect(lead).not.toMatch(/"gesundheit"|Rücken/);
    const dsRes = await ds.get(`/api/v1/zugriffsprotokoll?personId=${personId}&aktion=anlegen`);
    expect(dsRes.statusCode).toBe(200);
    const pa = (
      dsRes.json() as { eintraege: { objekt: string; details: Record<string, unknown> }[] }
    ).eintraege.find((e) => e.objekt === "potenzialanalyse");
    expect(pa?.details).toEqual({ art9: true });
    expect((await tl.get("/api/v1/zugriffsprotokoll")).statusCode).toBe(403);
    expect((await ds.get(`/api/v1/personen/${personId}`)).statusCode).toBe(403);
    const csv = await ds.get(`/api/v1/zugriffsprotokoll/csv?personId=${personId}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.body).toContain("potenzialanalyse");
    expect(csv.body).not.toContain("Rücken");
    const page = await t.app.inject({
      method: "GET",
      url: "/zugriffsprotokoll",
      headers: { cookie: ds.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('action="/abmelden"');
  });

  it("the app role has no direct rights on any audit partition, also on ones created later", async () => {
    await t.tdb.db.ownerTransaction((sql) =>
      sql.query("SELECT kp_ensure_audit_partitions('2026-11-26'::date, 14)"),
    );
    const ctx = {
      jobcenterId: t.jobcenterA,
      userId: "00000000-0000-0000-0000-000000000000",
      rolle: "datenschutz",
    };
    const partitionen = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ p: string }>(
        "SELECT inhrelid::regclass::text AS p FROM pg_inherits WHERE inhparent = 'audit_log'::regclass",
      ),
    );
    expect(partitionen.map((r) => r.p)).toContain("audit_log_default");
    for (const { p } of partitionen) {
      await expect(
        t.tdb.db.transaction(ctx, (sql) => sql.query(`SELECT count(*) FROM ${p}`)),
      ).rejects.toThrow(/permission denied/);
      await expect(
        t.tdb.db.transaction(ctx, (sql) =>
          sql.query(`INSERT INTO ${p} (jobcenter_id, aktion, objekt) VALUES ($1, 'lesen', 'x')`, [
            t.jobcenterB,
          ]),
        ),
      ).rejects.toThrow(/permission denied/);
    }
    // Through the parent the policies apply: B's rows stay invisible to A's data-protection officer.
    const fremd = await t.tdb.db.transaction(ctx, (sql) =>
      sql.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE jobcenter_id = $1", [
        t.jobcenterB,
      ]),
    );
    expect(fremd[0]?.n).toBe(0);
    if (backend === "postgres") {
      const url = new URL(t.tdb.url as string);
      url.username = "kp_app";
      url.password = "";
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        for (const { p } of partitionen)
          await expect(client.query(`SELECT count(*) FROM ${p}`)).rejects.toThrow(/permission denied/);
      } finally {
        await client.end();
      }
    }
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
