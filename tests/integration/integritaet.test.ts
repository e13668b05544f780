import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlanInhalt } from "./support/factories";
import { fortschreibenUndAbstimmen, portalAnmelden, portalEmpfaenger } from "./support/integritaetHilfen";
import { vereinbarePlan } from "./support/rechtsfolgenFaelle";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, login, type Client, type TestApp } from "./support/testApp";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe.each(BACKENDS)("integrity rules (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let nummer = 100;

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
  });
  afterAll(() => t.close());

  it("shows each step report in the wording and version the person reported on", async () => {
    const plan = await vereinbarePlan(t, ifk, "2026-11-02", nummer++);
    let r = await portalEmpfaenger(t, ifk, plan.personId, "bezug.portal");
    expect(
      (await r.post("/portal/schritte", { eintragId: "s2", status: "problem", grund: "Der Kurs ist voll." }))
        .statusCode,
    ).toBe(303);
    expect((await r.post("/portal/empfang", { nummer: "1" })).statusCode).toBe(303);
    const schritte = buildPlanInhalt().schritte ?? [];
    const neu = schritte.map((s) => (s.id === "s2" ? { ...s, text: "Ich mache einen Deutschkurs B2." } : s));
    await fortschreibenUndAbstimmen(t, ifk, plan.planId, { schritte: neu }, "2026-11-20");
    r = await portalAnmelden(t, "bezug.portal");
    expect(
      (
        await r.post("/portal/schritte", {
          eintragId: "s2",
          status: "problem",
          grund: "Der Kurs ist zu weit weg.",
        })
      ).statusCode,
    ).toBe(303);
    expect((await r.upload("nachweis.pdf", PDF)).statusCode).toBe(303);
    const page = (await ifk.get(`/personen/${plan.personId}/portal`)).body;
    const text = page.replace(/<[^>]+>/g, "");
    expect(text).toMatch(
      /„Ich melde mich zum Staplerkurs an.“ \(zu Version 1\) – klappt nicht, weil: Der Kurs ist voll./,
    );
    expect(text).toMatch(
      /„Ich mache einen Deutschkurs B2.“ \(zu Version 2\) – klappt nicht, weil: Der Kurs ist zu weit weg./,
    );
    expect(text).toMatch(/nachweis\.pdf \([^)]*zu Version 2, Eingegangen\)/);
    expect(text).toMatch(/Empfang bestätigt[\s\S]*\(zu Version 1\)/);
  });
});
