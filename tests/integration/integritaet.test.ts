import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlanInhalt } from "./support/factories";
import {
  fortschreibenUndAbstimmen,
  neuePerson,
  portalAnmelden,
  portalEmpfaenger,
} from "./support/integritaetHilfen";
import { setHeute, vereinbarePlan } from "./support/rechtsfolgenFaelle";
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
    expect(text).toMatch(/Nachweis-\d{4}-\d{2}-\d{2}\.pdf \([^)]*zu Version 2, Eingegangen\)/);
    expect(text).toMatch(/Empfang bestätigt[\s\S]*\(zu Version 1\)/);
  });

  it("refuses a back-dated agreement and keeps the reason of a late entry in the history", async () => {
    setHeute(t, "2026-11-16");
    const { personId, planId } = await neuePerson(t, ifk, nummer++);
    const base = `/api/v1/kooperationsplaene/${planId}/versionen/1`;
    const saved = await ifk.send("PUT", base, { inhalt: buildPlanInhalt(), lockVersion: 1 });
    const lockVersion = saved.json().lockVersion as number;
    setHeute(t, "2026-11-26");
    const abstimmen = (body: Record<string, unknown>) =>
      ifk.send("POST", `${base}/abstimmung`, { kanal: "persoenlich", lockVersion, ...body });
    // Eleven months ago, with a review date in the past: the plan would be overdue at once.
    const alt = await abstimmen({
      am: "2025-12-26",
      ueberpruefungAm: "2026-06-01",
      rueckdatierungGrund: "Nachtrag",
    });
    expect(alt.statusCode).toBe(422);
    expect(alt.headers["content-type"]).toContain("application/problem+json");
    expect(alt.json()).toMatchObject({ code: "plan.abstimmung_vor_entwurf", errors: [{ feld: "am" }] });
    expect((await abstimmen({ am: "2026-11-15", rueckdatierungGrund: "Nachtrag" })).json().code).toBe(
      "plan.abstimmung_vor_entwurf",
    );
    expect((await abstimmen({ am: "2026-11-27" })).json().code).toBe("plan.abstimmung_in_zukunft");
    const ohneGrund = await abstimmen({ am: "2026-11-20" });
    expect(ohneGrund.statusCode).toBe(422);
    expect(ohneGrund.json()).toMatchObject({
      code: "plan.rueckdatierung_grund_fehlt",
      errors: [{ feld: "rueckdatierungGrund" }],
    });
    const ok = await abstimmen({
      am: "2026-11-20",
      rueckdatierungGrund: "Per Post übergeben, heute eingetragen.",
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      rechtsstand: "2026-07",
      abstimmung: {
        am: "2026-11-20",
        ueberpruefungAm: "2027-05-20",
        rueckdatierungGrund: "Per Post übergeben, heute eingetragen.",
      },
    });
    const person = (await ifk.get(`/personen/${personId}`)).body;
    expect(person).toContain("vereinbart am 20.11.2026");
    expect(person).toContain("nachgetragen, Grund: Per Post übergeben, heute eingetragen.");
  });

  it("allows only as many days back as the jobcentre has set", async () => {
    await t.tdb.db.ownerTransaction((sql) =>
      sql.query("UPDATE jobcenter SET rueckdatierung_tage = 3 WHERE id = $1", [t.jobcenterA]),
    );
    try {
      setHeute(t, "2026-11-02");
      const { planId } = await neuePerson(t, ifk, nummer++);
      const base = `/plaene/${planId}/versionen/1`;
      const api = `/api/v1/kooperationsplaene/${planId}/versionen/1`;
      const saved = await ifk.send("PUT", api, { inhalt: buildPlanInhalt(), lockVersion: 1 });
      setHeute(t, "2026-11-26");
      const seite = await ifk.get(base);
      expect(seite.body).toContain("höchstens 3 Tage zurück");
      const form = { _csrf: ifk.csrf, kanal: "persoenlich", lockVersion: String(saved.json().lockVersion) };
      const zuAlt = await ifk.send("POST", `${base}/abstimmen`, {
        ...form,
        am: "2026-11-22",
        rueckdatierungGrund: "x",
      });
      expect(zuAlt.statusCode).toBe(422);
      expect(zuAlt.body).toContain("liegt zu weit zurück");
      const ohneGrund = await ifk.send("POST", `${base}/abstimmen`, { ...form, am: "2026-11-23" });
      expect(ohneGrund.statusCode).toBe(422);
      expect(ohneGrund.body).toContain("Geben Sie an, warum Sie die Abstimmung erst heute eintragen.");
      expect(ohneGrund.body).toContain('href="#f-rueckdatierungGrund"');
      const gut = await ifk.send("POST", `${base}/abstimmen`, {
        ...form,
        am: "2026-11-23",
        rueckdatierungGrund: "Krank",
      });
      expect(gut.statusCode).toBe(303);
    } finally {
      await t.tdb.db.ownerTransaction((sql) =>
        sql.query("UPDATE jobcenter SET rueckdatierung_tage = 14 WHERE id = $1", [t.jobcenterA]),
      );
    }
  });
});
