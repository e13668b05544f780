import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { laufendeSchlichtung, planMitAbgelaufenemBrief } from "./support/auditZustaende";
import { postForm } from "./support/formular";
import { portalEmpfaenger } from "./support/integritaetHilfen";
import { createAbgestimmterPlan, createPerson } from "./support/planFactories";
import { setHeute, vereinbarePlan } from "./support/rechtsfolgenFaelle";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, HEUTE, login, type Client, type TestApp } from "./support/testApp";

interface Eintrag {
  personId: string;
  art: string;
  datum: string;
  ueberfaellig: boolean;
  anzahl: number | null;
  betreuerName: string;
  schluessel: { personId: string; art: string; bezugId: string };
}
interface Antwort {
  eintraege: Eintrag[];
  team: { betreuerName: string; anzahl: number; aeltesteTage: number; eintraege: Eintrag[] }[] | null;
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
let laufend = 0;

describe.each(BACKENDS)("Posteingang: what needs the counsellor (%s)", (backend) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());

  /** Sets "today" (10:00 in Berlin) and signs in anew there: moving the clock on ends older sessions. */
  const am = async (datum: string, benutzername = "ifk_a1"): Promise<Client> => {
    setHeute(t, datum);
    return login(t.app, benutzername);
  };

  const lese = async (c: Client): Promise<Antwort> => {
    const res = await c.get("/api/v1/eingang");
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Antwort;
  };
  const von = async (c: Client, personId: string) =>
    (await lese(c)).eintraege.filter((e) => e.personId === personId);
  const erledige = (c: Client, e: Eintrag) => c.send("POST", "/api/v1/eingang/erledigt", e.schluessel);
  const marken = async (personId: string) =>
    (
      await t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ n: number }>("SELECT count(*)::int AS n FROM eingang_erledigt WHERE person_id = $1", [
          personId,
        ]),
      )
    )[0]?.n ?? 0;
  const audit = (personId: string | null, objekt: string) =>
    t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ aktion: string; akteur_id: string }>(
        `SELECT aktion, akteur_id FROM audit_log WHERE objekt = $1 AND person_id IS NOT DISTINCT FROM $2 ORDER BY id`,
        [objekt, personId],
      ),
    );

  it("shows what the person did in the portal; marked done it is gone until something new comes in", async () => {
    const ifk = await am(HEUTE);
    const plan = await createAbgestimmterPlan(ifk, HEUTE);
    const r = await portalEmpfaenger(t, ifk, plan.personId, `eingang.portal.${++laufend}`);
    expect((await r.post("/portal/empfang", { nummer: "1" })).statusCode).toBe(303);
    expect(
      (await r.post("/portal/schritte", { eintragId: "s2", status: "problem", grund: "Der Kurs ist voll." }))
        .statusCode,
    ).toBe(303);
    const bewerbung = { arbeitgeber: "Lager Nord", stelle: "Lagerhelfer", datum: HEUTE, kanal: "online" };
    expect((await r.post("/portal/bewerbungen", { ...bewerbung, ergebnis: "offen" })).statusCode).toBe(303);
    expect((await r.post("/portal/bewerbungen", { ...bewerbung, ergebnis: "absage" })).statusCode).toBe(303);
    expect((await r.upload("nachweis.pdf", PDF)).statusCode).toBe(303);
    expect(
      (await r.post("/portal/vorschlaege", { art: "schritt", text: "Ich mache einen Kurs." })).statusCode,
    ).toBe(303);

    const eintraege = await von(ifk, plan.personId);
    expect(eintraege.map((e) => [e.art, e.anzahl]).sort()).toEqual([
      ["bewerbung", 2],
      ["empfang", 1],
      ["nachweis", 1],
      ["schritt_problem", 1],
      ["vorschlag", 1],
    ]);
    const faelle = (await ifk.get("/api/v1/faelle?suche=" + "77777BG")).json() as {
      faelle: { personId: string; offen: number }[];
    };
    expect(faelle.faelle.find((f) => f.personId === plan.personId)?.offen).toBe(5);

    const bewerbungen = eintraege.find((e) => e.art === "bewerbung") as Eintrag;
    const vorher = (await audit(plan.personId, "posteingang_erledigt")).length;
    expect((await erledige(ifk, bewerbungen)).statusCode).toBe(201);
    expect(await audit(plan.personId, "posteingang_erledigt")).toHaveLength(vorher + 1);
    expect((await von(ifk, plan.personId)).map((e) => e.art)).not.toContain("bewerbung");
    // marked twice: refused, nothing stored again
    expect((await erledige(ifk, bewerbungen)).statusCode).toBe(404);
    expect(await marken(plan.personId)).toBe(1);

    t.clock.set(`${HEUTE}T10:05:00+01:00`);
    expect((await r.post("/portal/bewerbungen", { ...bewerbung, ergebnis: "einladung" })).statusCode).toBe(
      303,
    );
    const neu = (await von(ifk, plan.personId)).find((e) => e.art === "bewerbung");
    expect(neu?.anzahl).toBe(1);
  });

  it("shows a review due and a step deadline, overdue first; marked done they stay gone", async () => {
    let ifk = await am("2026-06-01");
    const plan = await vereinbarePlan(t, ifk, "2026-06-01", 700 + ++laufend);
    // review on 2026-12-01 (six months), step s2 due 2026-12-15, s1 on 2027-01-31
    ifk = await am("2026-11-20");
    expect((await von(ifk, plan.personId)).map((e) => e.art)).toEqual(["ueberpruefung"]);
    ifk = await am("2026-12-10");
    const eintraege = await von(ifk, plan.personId);
    expect(eintraege.map((e) => [e.art, e.datum, e.ueberfaellig])).toEqual([
      ["ueberpruefung", "2026-12-01", true],
      ["frist", "2026-12-15", false],
    ]);

    const ueberpruefung = eintraege[0] as Eintrag;
    const seite = await ifk.get("/eingang");
    expect(seite.statusCode).toBe(200);
    expect(seite.body).toContain(`href="/plaene/${plan.planId}/ueberpruefen"`);
    expect(seite.body).toContain("Überprüfung des Plans");
    const form = await postForm(t.app, ifk, "/eingang/erledigt", {
      personId: plan.personId,
      art: "ueberpruefung",
      bezugId: ueberpruefung.schluessel.bezugId,
    });
    expect(form.statusCode, form.body).toBe(303);
    expect(form.headers.location).toBe("/eingang?erledigt=1");
    expect((await ifk.get("/eingang?erledigt=1")).body).toContain("Der Eintrag ist als erledigt markiert.");

    ifk = await am("2026-12-20");
    expect((await von(ifk, plan.personId)).map((e) => [e.art, e.ueberfaellig])).toEqual([["frist", true]]);
  });

  it("a step the person reported done in the portal is no deadline to chase", async () => {
    let ifk = await am("2026-06-01");
    const plan = await vereinbarePlan(t, ifk, "2026-06-01", 700 + ++laufend);
    ifk = await am("2026-12-12");
    const r = await portalEmpfaenger(t, ifk, plan.personId, `eingang.schritt.${++laufend}`);
    expect((await von(ifk, plan.personId)).map((e) => e.art)).toContain("frist");
    expect((await r.post("/portal/schritte", { eintragId: "s2", status: "erledigt" })).statusCode).toBe(303);
    expect((await von(ifk, plan.personId)).map((e) => e.art).sort()).toEqual([
      "schritt_erledigt",
      "ueberpruefung",
    ]);
  });

  it("lists a letter until it is sent, and a Schlichtung in its last seven days", async () => {
    let ifk = await am(HEUTE); // the helper goes back to 2026-09-01 and returns to HEUTE
    const brief = await planMitAbgelaufenemBrief(t, ifk);
    const briefe = (await von(ifk, brief.personId)).filter((e) => e.art === "brief");
    expect(briefe).toHaveLength(1);
    expect((await ifk.get("/eingang")).body).toContain(`href="/briefe/${briefe[0]?.schluessel.bezugId}"`);
    const versandt = await ifk.send("POST", `/api/v1/briefe/${briefe[0]?.schluessel.bezugId}/versand`, {
      am: HEUTE,
    });
    expect(versandt.statusCode, versandt.body).toBe(200);
    expect((await von(ifk, brief.personId)).filter((e) => e.art === "brief")).toEqual([]);

    ifk = await am("2026-06-20");
    const s = await laufendeSchlichtung(t, ifk); // 2026-06-10 to 2026-07-08, today 2026-06-20
    expect((await von(ifk, s.personId)).filter((e) => e.art === "schlichtung")).toEqual([]);
    ifk = await am("2026-07-01");
    const schlichtung = (await von(ifk, s.personId)).filter((e) => e.art === "schlichtung");
    expect(schlichtung.map((e) => [e.datum, e.schluessel.bezugId])).toEqual([
      ["2026-07-08", s.schlichtungId],
    ]);
  });

  it("shows nobody else's items, and refuses to mark them done (nothing stored)", async () => {
    const ifk = await am(HEUTE); // the helper goes back to 2026-09-01 and returns to HEUTE
    const brief = await planMitAbgelaufenemBrief(t, ifk);
    const ifk2 = await login(t.app, "ifk_a2");
    const [eintrag] = (await von(ifk, brief.personId)).filter((e) => e.art === "brief");
    expect(await von(ifk2, brief.personId)).toEqual([]);
    const fremd = await erledige(ifk2, eintrag as Eintrag);
    expect(fremd.statusCode).toBe(404);
    expect(fremd.headers["content-type"]).toContain("application/problem+json");
    expect(await marken(brief.personId)).toBe(0);
    // the other jobcentre's counsellor neither
    const b = await login(t.app, "ifk_b");
    expect((await lese(b)).eintraege.map((e) => e.personId)).not.toContain(brief.personId);
    expect((await erledige(b, eintrag as Eintrag)).statusCode).toBe(404);
    expect(await marken(brief.personId)).toBe(0);
  });

  it("team lead: the team's items per counsellor with the age of the oldest, read-only", async () => {
    let ifk = await am("2026-06-01");
    const nummer = 700 + ++laufend;
    const plan = await vereinbarePlan(t, ifk, "2026-06-01", nummer);
    ifk = await am("2026-12-10");
    const tl = await login(t.app, "tl_a");
    // the team lead's caseload counts the open items of the persons on the page (review and deadline)
    const faelle = (await tl.get(`/api/v1/faelle?suche=Rechtsfolge${nummer}`)).json() as {
      faelle: { personId: string; offen: number }[];
      posteingang: number | null;
    };
    expect(faelle.faelle.find((f) => f.personId === plan.personId)?.offen).toBe(2);
    expect(faelle.posteingang).toBeNull();
    const antwort = await lese(tl);
    const gruppe = antwort.team?.find((g) => g.betreuerName === "IFK_A1");
    expect(gruppe?.eintraege.map((e) => e.personId)).toContain(plan.personId);
    // the overdue review (2026-12-01) entered the inbox 14 days before, on 2026-11-17
    expect(gruppe?.aeltesteTage).toBeGreaterThanOrEqual(23);
    expect(antwort.team?.map((g) => g.betreuerName)).toEqual(expect.arrayContaining(["IFK_A1"]));
    const [eintrag] = gruppe?.eintraege ?? [];
    expect((await erledige(tl, eintrag as Eintrag)).statusCode).toBe(403);
    expect(await marken(plan.personId)).toBe(0);
    const seite = await tl.get("/eingang");
    expect(seite.statusCode).toBe(200);
    expect(seite.body).toContain("IFK_A1");
    expect(seite.body).not.toContain('action="/eingang/erledigt"');
    expect(seite.body).not.toContain("Gesundheit");
    // the counsellor's done mark counts for the team view too
    await erledige(ifk, eintrag as Eintrag);
    const danach = (await lese(tl)).team?.find((g) => g.betreuerName === "IFK_A1");
    expect(danach?.eintraege.map((e) => e.schluessel)).not.toContainEqual(eintrag?.schluessel);
  });

  it("one audit row per read, none naming a person; nothing for roles without a caseload", async () => {
    const ifk = await am(HEUTE);
    const vorher = (await audit(null, "posteingang")).length;
    await ifk.get("/eingang");
    await ifk.get("/api/v1/eingang");
    expect((await audit(null, "posteingang")).length).toBe(vorher + 2);
    const admin = await login(t.app, "admin_a");
    expect((await admin.get("/api/v1/eingang")).statusCode).toBe(403);
    expect((await admin.get("/eingang")).statusCode).toBe(403);
  });

  it("bad input: 400 problem+json (form: 400 page), nothing stored", async () => {
    const ifk = await am(HEUTE);
    const personId = await createPerson(ifk);
    for (const body of [
      {},
      { personId: "keine-id", art: "brief", bezugId: "x" },
      { personId, art: "geheim", bezugId: "x" },
      { personId, art: "brief", bezugId: "'; DROP TABLE brief; --" },
      { personId, art: "brief", bezugId: "x".repeat(121) },
    ]) {
      const res = await ifk.send("POST", "/api/v1/eingang/erledigt", body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json().code).toBe("validierung");
    }
    const form = await postForm(t.app, ifk, "/eingang/erledigt", { personId, art: "geheim", bezugId: "x" });
    expect(form.statusCode).toBe(400);
    expect(
      (
        await ifk.send(
          "POST",
          "/api/v1/eingang/erledigt",
          { personId, art: "brief", bezugId: "x" },
          { csrf: null },
        )
      ).statusCode,
    ).toBe(403);
    expect(await marken(personId)).toBe(0);
  });
});
