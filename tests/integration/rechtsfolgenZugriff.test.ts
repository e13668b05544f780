import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  briefUrl,
  schreibeBrief,
  setHeute,
  vereinbarePlan,
  type VereinbarterPlan,
} from "./support/rechtsfolgenFaelle";
import { BACKENDS } from "./support/testDatabase";
import { countRows, createTestApp, HEUTE, login, type Client, type TestApp } from "./support/testApp";

const PERSONEN_TABELLEN = [
  "brief",
  "schlichtung",
  "rechtsfolgen_ereignis",
  "anhoerung",
  "rechtsfolgen_entscheidung",
];

describe.each(BACKENDS)("Rechtsfolgen: isolation, roles and rule corrections (%s)", (backend) => {
  let t: TestApp;
  let a1: Client;
  let a2: Client;
  let tl: Client;
  let b: Client;
  let plan: VereinbarterPlan;
  let briefId: string;
  let ereignisId: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    [a1, a2, tl, b] = (await Promise.all(
      ["ifk_a1", "ifk_a2", "tl_a", "ifk_b"].map((u) => login(t.app, u)),
    )) as [Client, Client, Client, Client];
    plan = await vereinbarePlan(t, a1, "2026-03-02", 1);
    setHeute(t, "2026-05-04");
    briefId = (
      await a1.send("POST", briefUrl(plan), { art: "aufforderung", datum: "2026-05-04", frist: "2026-05-31" })
    ).json().id;
    setHeute(t, HEUTE);
    const e = await a1.send("POST", `/api/v1/personen/${plan.personId}/ereignisse`, {
      art: "pflichtverletzung",
      datum: "2026-06-10",
      briefId,
      rechtsfolgenbelehrung: true,
    });
    ereignisId = e.json().id;
  });
  afterAll(() => t.close());

  /** A letter of its own (on a new person's plan), for a test that changes it. */
  const neuerBrief = async (): Promise<string> => {
    const eigener = await vereinbarePlan(t, a1, "2026-03-02", 2);
    return schreibeBrief(t, a1, eigener, { art: "aufforderung", datum: "2026-05-04", frist: "2026-05-31" });
  };

  it("another jobcentre and another counsellor cannot read letters, proposals or the timeline", async () => {
    for (const client of [b, a2]) {
      expect((await client.get(`/api/v1/briefe/${briefId}`)).statusCode).toBe(404);
      expect((await client.get(`/api/v1/briefe/${briefId}/pdf`)).statusCode).toBe(404);
      expect((await client.get(`/api/v1/ereignisse/${ereignisId}/vorschlag`)).statusCode).toBe(404);
      expect((await client.get(`/api/v1/personen/${plan.personId}/zeitleiste`)).statusCode).toBe(404);
      const write = await client.send("POST", `/api/v1/personen/${plan.personId}/ereignisse`, {
        art: "meldeversaeumnis",
        datum: HEUTE,
        rechtsfolgenbelehrung: true,
      });
      expect(write.statusCode).toBe(404);
    }
  });

  it("the team lead reads but does not write", async () => {
    expect((await tl.get(`/api/v1/briefe/${briefId}`)).statusCode).toBe(200);
    expect((await tl.get(`/api/v1/personen/${plan.personId}/zeitleiste`)).statusCode).toBe(200);
    const write = await tl.send("POST", `/api/v1/personen/${plan.personId}/ereignisse`, {
      art: "meldeversaeumnis",
      datum: HEUTE,
      rechtsfolgenbelehrung: true,
    });
    expect(write.statusCode).toBe(403);
  });

  it("row-level security under the app role: B's context sees none of A's rows and cannot write them", async () => {
    const ctxB = {
      jobcenterId: t.jobcenterB,
      userId: "00000000-0000-0000-0000-000000000000",
      rolle: "teamleitung",
    };
    const zaehlen = (ctx: typeof ctxB) =>
      t.tdb.db.transaction(ctx, (sql) =>
        Promise.all(
          PERSONEN_TABELLEN.map(
            async (tabelle) =>
              (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${tabelle}`))[0]?.n,
          ),
        ),
      );
    expect(await zaehlen(ctxB)).toEqual([0, 0, 0, 0, 0]);
    const ctxA = { ...ctxB, jobcenterId: t.jobcenterA };
    expect((await zaehlen(ctxA))[0]).toBeGreaterThan(0);
    await expect(
      t.tdb.db.transaction({ ...ctxB, rolle: "integrationsfachkraft" }, (sql) =>
        sql.query(
          `INSERT INTO rechtsfolgen_ereignis (jobcenter_id, person_id, art, datum, rechtsfolgenbelehrung, erstellt_von)
           VALUES ($1, $2, 'pflichtverletzung', '2026-11-01', true, $3)`,
          [t.jobcenterA, plan.personId, ctxB.userId],
        ),
      ),
    ).rejects.toThrow(/row-level security|violates|foreign key/);
    await expect(
      t.tdb.db.transaction({ ...ctxA, rolle: "teamleitung" }, (sql) =>
        sql.query("UPDATE brief SET schritt_text = 'x' WHERE id = $1 RETURNING id", [briefId]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("a sent letter never changes, not even for the owner", async () => {
    const briefId = await neuerBrief();
    expect((await a1.send("POST", `/api/v1/briefe/${briefId}/versand`, { am: HEUTE })).statusCode).toBe(200);
    await expect(
      t.tdb.db.ownerTransaction((sql) =>
        sql.query("UPDATE brief SET schritt_text = 'x' WHERE id = $1", [briefId]),
      ),
    ).rejects.toThrow(/unveränderlich/);
  });

  it("rule corrections: only team leads, only S/U parameters, validated, audited and used by the proposal", async () => {
    const vorher = await countRows(t.tdb, "regel_override");
    const body = {
      bereich: "grundsicherungsgeld2026",
      parameter: "pflichtverletzungProzent",
      wert: 25,
      grund: "Gesetzestext geprüft",
    };
    expect((await a1.send("POST", "/api/v1/regeln", body)).statusCode).toBe(403);
    const verifiziert = await tl.send("POST", "/api/v1/regeln", {
      ...body,
      bereich: "buergergeld2023",
      parameter: "kappungProzent",
      wert: 40,
    });
    expect(verifiziert.statusCode).toBe(422);
    expect(verifiziert.json()).toMatchObject({ code: "rechtsfolgen.regel_ungueltig" });
    expect(verifiziert.json().errors[0].meldung).toContain("nicht änderbar");
    const ungueltig = await tl.send("POST", "/api/v1/regeln", { ...body, wert: 150 });
    expect(ungueltig.json().errors[0].meldung).toContain("ganze Zahl von 0 bis 100");
    expect((await tl.send("POST", "/api/v1/regeln", { ...body, grund: "" })).statusCode).toBe(400);
    expect(await countRows(t.tdb, "regel_override")).toBe(vorher);
    expect((await tl.send("POST", "/api/v1/regeln", body)).statusCode).toBe(200);
    const regeln = (await a1.get("/api/v1/regeln")).json() as {
      bereich: string;
      parameter: string;
      wert: unknown;
      tag: string;
    }[];
    expect(
      regeln.find(
        (r) => r.parameter === "pflichtverletzungProzent" && r.bereich === "grundsicherungsgeld2026",
      ),
    ).toMatchObject({ wert: 25, tag: "S" });
    const audit = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ details: { vorher: unknown; nachher: unknown } }>(
        "SELECT details FROM audit_log WHERE objekt = 'regel_override' AND aktion = 'aendern'",
      ),
    );
    expect(audit.map((a) => a.details)).toContainEqual({ vorher: null, nachher: 25 });
    const e = await a1.send("POST", `/api/v1/personen/${plan.personId}/ereignisse`, {
      art: "pflichtverletzung",
      datum: "2026-11-02",
      rechtsfolgenbelehrung: true,
    });
    const v = (await a1.get(`/api/v1/ereignisse/${e.json().id}/vorschlag?feststellung=${HEUTE}`)).json();
    expect(v.vorschlag.regelProzent).toBe(25);
    const b2 = await login(t.app, "ifk_b");
    expect(
      (await b2.get("/api/v1/regeln"))
        .json()
        .find(
          (r: { parameter: string; bereich: string }) =>
            r.bereich === "grundsicherungsgeld2026" && r.parameter === "pflichtverletzungProzent",
        ).wert,
    ).toBe(30);
    expect(
      (await tl.send("POST", "/api/v1/regeln", { ...body, wert: null, grund: "Zurück zum Standard" }))
        .statusCode,
    ).toBe(200);
  });
});
