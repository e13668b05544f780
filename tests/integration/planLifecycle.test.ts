import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS } from "./support/testDatabase";
import { buildPlanInhalt } from "./support/factories";
import { createAbgestimmterPlan, createEntwurf, createPerson } from "./support/planFactories";
import { createTestApp, faelle, login, type Client, type TestApp } from "./support/testApp";

describe.each(BACKENDS)("Kooperationsplan lifecycle (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
  });
  afterAll(() => t.close());

  it("creates the plan as draft version 1 and refuses a second plan for the same person", async () => {
    const personId = await createPerson(ifk);
    const res = await ifk.send("POST", `/api/v1/personen/${personId}/kooperationsplan`);
    expect(res.statusCode).toBe(201);
    const version = res.json();
    expect(version).toMatchObject({ nummer: 1, status: "entwurf", lockVersion: 1, rechtsstand: "2026-07" });
    const again = await ifk.send("POST", `/api/v1/personen/${personId}/kooperationsplan`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("plan.existiert");
  });

  it("saves a draft and detects a concurrent edit (409, nothing overwritten)", async () => {
    const personId = await createPerson(ifk);
    const planId = (await ifk.send("POST", `/api/v1/personen/${personId}/kooperationsplan`)).json().planId;
    const first = await ifk.send("PUT", `/api/v1/kooperationsplaene/${planId}/versionen/1`, {
      inhalt: buildPlanInhalt(),
      lockVersion: 1,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().lockVersion).toBe(2);
    const stale = await ifk.send("PUT", `/api/v1/kooperationsplaene/${planId}/versionen/1`, {
      inhalt: buildPlanInhalt({ berufsziel: "Überschrieben" }),
      lockVersion: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers["content-type"]).toContain("application/problem+json");
    expect(stale.json().code).toBe("plan.konflikt");
    const stored = await ifk.get(`/api/v1/kooperationsplaene/${planId}/versionen/1`);
    expect(stored.json().version.inhalt.berufsziel).toBe(
      "Ich arbeite als Fachkraft für Lagerlogistik in Vollzeit.",
    );
  });

  it("refuses a review date later than six months after agreement (§ 15 Abs. 3 SGB II)", async () => {
    const { planId, lockVersion } = await createEntwurf(ifk);
    const res = await ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/versionen/1/abstimmung`, {
      am: "2026-11-26",
      kanal: "persoenlich",
      ueberpruefungAm: "2027-05-27",
      lockVersion,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("plan.ueberpruefung_zu_spaet");
  });

  it("agrees the plan with the default review date of exactly six months", async () => {
    const { planId, lockVersion } = await createEntwurf(ifk);
    const res = await ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/versionen/1/abstimmung`, {
      am: "2026-11-26",
      kanal: "persoenlich",
      lockVersion,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: "abgestimmt",
      abstimmung: { am: "2026-11-26", kanal: "persoenlich", ueberpruefungAm: "2027-05-26" },
    });
  });

  it("never changes an agreed version: API refuses, and the database trigger refuses too", async () => {
    const { planId, lockVersion } = await createAbgestimmterPlan(ifk, "2026-11-26");
    const res = await ifk.send("PUT", `/api/v1/kooperationsplaene/${planId}/versionen/1`, {
      inhalt: buildPlanInhalt({ berufsziel: "Neu" }),
      lockVersion,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("plan.nicht_entwurf");
    await expect(
      t.tdb.db.ownerTransaction((sql) =>
        sql.query("UPDATE plan_version SET inhalt = '{}'::jsonb WHERE plan_id = $1 AND nummer = 1", [planId]),
      ),
    ).rejects.toThrow(/unveränderlich/);
  });

  it("continues the plan into version 2 with every item carried over and shows what changed", async () => {
    const { planId } = await createAbgestimmterPlan(ifk, "2026-11-26");
    const res = await ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/fortschreibung`);
    expect(res.statusCode).toBe(201);
    const v2 = res.json();
    expect(v2.nummer).toBe(2);
    expect(v2.inhalt.schritte.map((s: { id: string }) => s.id)).toEqual(["s1", "s2", "s3"]);
    const inhalt = buildPlanInhalt({
      schritte: [
        ...(buildPlanInhalt().schritte ?? []).slice(0, 2),
        {
          id: "s4",
          text: "Ich mache ein Praktikum.",
          haeufigkeit: "2 Wochen",
          frist: "2027-03-01",
          nachweis: "Bescheinigung",
        },
      ],
      unterstuetzung: [
        {
          id: "u1",
          text: "Das Jobcenter gibt Ihnen einen Bildungsgutschein für den Staplerkurs und die Prüfung.",
        },
      ],
    });
    expect(
      (await ifk.send("PUT", `/api/v1/kooperationsplaene/${planId}/versionen/2`, { inhalt, lockVersion: 1 }))
        .statusCode,
    ).toBe(200);
    const diff = (await ifk.get(`/api/v1/kooperationsplaene/${planId}/versionen/2`)).json().aenderungen;
    expect(diff).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          bereich: "schritte",
          art: "entfernt",
          vorher: expect.stringContaining("Jobmesse"),
        }),
        expect.objectContaining({
          bereich: "schritte",
          art: "neu",
          nachher: expect.stringContaining("Praktikum"),
        }),
        expect.objectContaining({ bereich: "unterstuetzung", art: "geaendert" }),
        expect.objectContaining({ bereich: "unterstuetzung", art: "entfernt" }),
      ]),
    );
    const second = await ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/fortschreibung`);
    expect(second.json().code).toBe("plan.entwurf_existiert");
  });

  it("agreeing version 2 marks version 1 as replaced; the caseload shows the new review date", async () => {
    const { personId, planId } = await createAbgestimmterPlan(ifk, "2026-11-26");
    const v2 = await ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/fortschreibung`);
    expect(v2.statusCode).toBe(201);
    const res = await ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/versionen/2/abstimmung`, {
      am: "2026-11-26",
      kanal: "post",
      ueberpruefungAm: "2027-03-01",
      lockVersion: v2.json().lockVersion,
    });
    expect(res.statusCode).toBe(200);
    const akte = (await ifk.get(`/api/v1/personen/${personId}`)).json();
    expect(akte.plan.versionen.map((v: { nummer: number; status: string }) => [v.nummer, v.status])).toEqual([
      [2, "abgestimmt"],
      [1, "ersetzt"],
    ]);
    const fall = (await faelle(ifk)).find((f) => f.personId === personId);
    expect(fall?.status).toBe("aktuell");
    expect(akte.plan.versionen[0].abstimmung.ueberpruefungAm).toBe("2027-03-01");
  });

  it("delivers the agreed plan as PDF", async () => {
    const { planId } = await createAbgestimmterPlan(ifk, "2026-11-26");
    const res = await ifk.get(`/api/v1/kooperationsplaene/${planId}/versionen/1/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("shows review due and overdue in the caseload filters", async () => {
    const due = await faelle(ifk, "faellig");
    const overdue = await faelle(ifk, "ueberfaellig");
    expect(due.length).toBeGreaterThan(0);
    expect(overdue.length).toBeGreaterThan(0);
    expect(due.every((f) => f.status === "faellig")).toBe(true);
    expect(overdue.every((f) => f.status === "ueberfaellig")).toBe(true);
  });
});
