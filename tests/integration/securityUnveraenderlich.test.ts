import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildPlanInhalt } from "./support/factories";
import { fortschreibenUndAbstimmen, portalEmpfaenger } from "./support/integritaetHilfen";
import { schreibeBrief, setHeute, vereinbarePlan } from "./support/rechtsfolgenFaelle";
import { BACKENDS } from "./support/testDatabase";
import { HEUTE, createTestApp, login, type Client, type TestApp } from "./support/testApp";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/**
 * Issue 10, "immutable only in the application": agreed plan versions, decisions, ended Schlichtungen
 * and evidence bytes are kept immutable by the database itself, under the app role kp_app; the
 * evidence hash is checked whenever the file is read.
 */
describe.each(BACKENDS)("records the database keeps immutable (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let ifkId: string;
  let ifk2Id: string;
  let nummer = 0;

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
    const ids = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ benutzername: string; id: string }>(
        "SELECT benutzername, id FROM mitarbeitende WHERE benutzername IN ('ifk_a1', 'ifk_a2')",
      ),
    );
    ifkId = ids.find((r) => r.benutzername === "ifk_a1")?.id as string;
    ifk2Id = ids.find((r) => r.benutzername === "ifk_a2")?.id as string;
  });
  beforeEach(() => setHeute(t, HEUTE));
  afterAll(() => t.close());

  /** One statement as the app role kp_app in the counsellor's own context (RLS lets them see the row). */
  const alsApp = (text: string, params: unknown[]) =>
    t.tdb.db.transaction(
      { jobcenterId: t.jobcenterA, userId: ifkId, rolle: "integrationsfachkraft" },
      (sql) => sql.query(text, params),
    );
  const verweigert = { code: "KP001", message: expect.stringMatching(/unveränderlich/) };

  it("an agreed version keeps its period of law, channel, person, author and dates under kp_app", async () => {
    const plan = await vereinbarePlan(t, ifk, "2026-09-01", ++nummer);
    const andere = await vereinbarePlan(t, ifk, "2026-09-01", ++nummer);
    const wo = "WHERE plan_id = $1 AND nummer = 1";
    const aenderungen: [string, unknown][] = [
      ["rechtsstand = '2023-07'", null],
      ["uebergabe_kanal = 'post'", null],
      ["person_id = $2", andere.personId],
      ["erstellt_von = $2", ifk2Id],
      ["created_at = $2", new Date("2020-01-01T00:00:00Z")],
      ["abgestimmt_am = '2026-08-01'", null],
      ["inhalt = '{}'::jsonb", null],
      ["status = 'entwurf'", null],
    ];
    for (const [set, wert] of aenderungen)
      await expect(
        alsApp(`UPDATE plan_version SET ${set} ${wo}`, wert === null ? [plan.planId] : [plan.planId, wert]),
        set,
      ).rejects.toMatchObject(verweigert);
    await expect(alsApp(`DELETE FROM plan_version ${wo}`, [plan.planId])).rejects.toThrow(/unveränderlich/);
    const v = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ rechtsstand: string; uebergabe_kanal: string; person_id: string; status: string }>(
        `SELECT rechtsstand, uebergabe_kanal, person_id, status FROM plan_version ${wo}`,
        [plan.planId],
      ),
    );
    expect(v[0]).toEqual({
      rechtsstand: "2026-07",
      uebergabe_kanal: "persoenlich",
      person_id: plan.personId,
      status: "abgestimmt",
    });
  });

  it("the app's own transition still works: agreeing the next version marks the old one replaced, then frozen", async () => {
    const plan = await vereinbarePlan(t, ifk, "2026-09-01", ++nummer);
    await fortschreibenUndAbstimmen(t, ifk, plan.planId, buildPlanInhalt({ berufsziel: "Koch" }), HEUTE);
    const status = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ nummer: number; status: string }>(
        "SELECT nummer, status FROM plan_version WHERE plan_id = $1 ORDER BY nummer",
        [plan.planId],
      ),
    );
    expect(status).toEqual([
      { nummer: 1, status: "ersetzt" },
      { nummer: 2, status: "abgestimmt" },
    ]);
    await expect(
      alsApp("UPDATE plan_version SET status = 'abgestimmt' WHERE plan_id = $1 AND nummer = 1", [
        plan.planId,
      ]),
    ).rejects.toMatchObject(verweigert);
    // A draft may change its content, but never whom it belongs to or who wrote it.
    const fort = await ifk.send("POST", `/api/v1/kooperationsplaene/${plan.planId}/fortschreibung`);
    expect(fort.statusCode).toBe(201);
    await expect(
      alsApp("UPDATE plan_version SET erstellt_von = $2 WHERE plan_id = $1 AND status = 'entwurf'", [
        plan.planId,
        ifk2Id,
      ]),
    ).rejects.toMatchObject(verweigert);
  });

  it("an ended Schlichtung cannot be rewritten; a running one can only be ended", async () => {
    const alt = await vereinbarePlan(t, ifk, "2026-03-02", ++nummer);
    setHeute(t, "2026-06-10");
    const s = await ifk.send("POST", `/api/v1/personen/${alt.personId}/schlichtungen`, {
      beantragtVon: "person",
      schlichterName: "Frau Schlicht",
      beginn: "2026-06-10",
    });
    expect(s.statusCode).toBe(201);
    const id = s.json().id as string;
    await expect(
      alsApp("UPDATE schlichtung SET schlichter_name = 'Herr Anders' WHERE id = $1", [id]),
    ).rejects.toMatchObject(verweigert);
    setHeute(t, "2026-06-20");
    const ende = await ifk.send("POST", `/api/v1/schlichtungen/${id}/ende`, {
      am: "2026-06-20",
      einigung: false,
      ergebnis: "Keine Einigung",
    });
    expect(ende.statusCode).toBe(200);
    for (const set of [
      "ergebnis = 'Einigung erzielt'",
      "beendigung = 'einigung'",
      "beendet_am = '2026-06-21'",
    ])
      await expect(alsApp(`UPDATE schlichtung SET ${set} WHERE id = $1`, [id]), set).rejects.toMatchObject(
        verweigert,
      );
    await expect(
      t.tdb.db.ownerTransaction((sql) => sql.query("DELETE FROM schlichtung WHERE id = $1", [id])),
    ).rejects.toThrow(/unveränderlich/);
  });

  it("a decision on legal consequences cannot be rewritten; only the U25 offer date is entered once", async () => {
    const plan = await vereinbarePlan(t, ifk, "2026-09-01", ++nummer);
    await schreibeBrief(t, ifk, plan, { art: "verpflichtung", datum: "2026-10-01", frist: "2026-10-15" });
    const e = await ifk.send("POST", `/api/v1/personen/${plan.personId}/ereignisse`, {
      art: "pflichtverletzung",
      datum: "2026-10-20",
      rechtsfolgenbelehrung: true,
    });
    const ereignisId = e.json().id as string;
    await ifk.send("POST", `/api/v1/ereignisse/${ereignisId}/anhoerungen`, {
      am: "2026-11-10",
      form: "schriftlich",
      wichtigerGrund: false,
      haerte: false,
    });
    const d = await ifk.send("POST", `/api/v1/ereignisse/${ereignisId}/entscheidung`, {
      entscheidung: "festgestellt",
      feststellungAm: HEUTE,
    });
    expect(d.statusCode).toBe(201);
    const wo = "WHERE ereignis_id = $1";
    for (const set of [
      "entscheidung = 'nicht_festgestellt'",
      "feststellung_am = '2026-11-01'",
      "begruendung = 'anders'",
      `vorschlag = '{"prozent": 10}'::jsonb`,
    ])
      await expect(
        alsApp(`UPDATE rechtsfolgen_entscheidung SET ${set} ${wo}`, [ereignisId]),
        set,
      ).rejects.toMatchObject(verweigert);
    await alsApp(`UPDATE rechtsfolgen_entscheidung SET u25_angebot_am = '2026-11-26' ${wo}`, [ereignisId]);
    await expect(
      alsApp(`UPDATE rechtsfolgen_entscheidung SET u25_angebot_am = '2026-11-27' ${wo}`, [ereignisId]),
    ).rejects.toMatchObject(verweigert);
    await expect(
      t.tdb.db.ownerTransaction((sql) =>
        sql.query(`DELETE FROM rechtsfolgen_entscheidung ${wo}`, [ereignisId]),
      ),
    ).rejects.toThrow(/unveränderlich/);
  });

  it("evidence bytes and hash cannot be replaced; opening the upload still marks it seen", async () => {
    const plan = await vereinbarePlan(t, ifk, "2026-09-01", ++nummer);
    setHeute(t, HEUTE);
    const r = await portalEmpfaenger(t, ifk, plan.personId, `nachweis${nummer}${backend}`);
    expect((await r.upload("bescheid.pdf", PDF)).statusCode).toBe(303);
    const [n] = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ id: string }>("SELECT id FROM portal_nachweis WHERE person_id = $1", [plan.personId]),
    );
    const id = n?.id as string;
    const boese = Buffer.from("%PDF-1.4\n<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>\n%%EOF\n");
    for (const [set, params] of [
      ["inhalt = $2, groesse = $3", [id, boese, boese.byteLength]],
      ["sha256 = $2", [id, "0".repeat(64)]],
      ["dateiname = 'rechnung.html'", [id]],
      ["mime_typ = 'image/png'", [id]],
    ] as [string, unknown[]][])
      await expect(
        alsApp(`UPDATE portal_nachweis SET ${set} WHERE id = $1`, params),
        set,
      ).rejects.toMatchObject(verweigert);
    const offen = await ifk.get(`/personen/${plan.personId}/portal/nachweise/${id}`);
    expect(offen.statusCode).toBe(200);
    expect(offen.rawPayload.equals(PDF)).toBe(true);
    const [gesehen] = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ status: string }>("SELECT status FROM portal_nachweis WHERE id = $1", [id]),
    );
    expect(gesehen?.status).toBe("gesehen");
    await expect(
      alsApp("UPDATE portal_nachweis SET status = 'eingegangen', gesehen_am = NULL WHERE id = $1", [id]),
    ).rejects.toMatchObject(verweigert);
  });

  it("a file whose bytes no longer match the stored SHA-256 is refused on read, and that is audited", async () => {
    const plan = await vereinbarePlan(t, ifk, "2026-09-01", ++nummer);
    setHeute(t, HEUTE);
    const r = await portalEmpfaenger(t, ifk, plan.personId, `hash${nummer}${backend}`);
    expect((await r.upload("bescheid.pdf", PDF)).statusCode).toBe(303);
    const [n] = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ id: string }>("SELECT id FROM portal_nachweis WHERE person_id = $1", [plan.personId]),
    );
    const id = n?.id as string;
    // Tampering below the application (e.g. a restored backup or direct disk access): the owner
    // switches the trigger off for one statement.
    const anders = Buffer.from(PDF.toString("latin1").replace("1.4", "1.7"), "latin1");
    await t.tdb.db.ownerTransaction(async (sql) => {
      await sql.query("ALTER TABLE portal_nachweis DISABLE TRIGGER portal_nachweis_unveraenderlich");
      await sql.query("UPDATE portal_nachweis SET inhalt = $2 WHERE id = $1", [id, anders]);
      await sql.query("ALTER TABLE portal_nachweis ENABLE TRIGGER portal_nachweis_unveraenderlich");
    });
    const res = await ifk.get(`/personen/${plan.personId}/portal/nachweise/${id}`);
    expect(res.statusCode).toBe(409);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.body).toContain("Prüfsumme");
    expect(res.rawPayload.includes(anders)).toBe(false);
    const audit = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ aktion: string; objekt: string; person_id: string }>(
        "SELECT aktion, objekt, person_id FROM audit_log WHERE details->>'id' = $1 AND aktion = 'verweigert'",
        [id],
      ),
    );
    expect(audit).toEqual([
      { aktion: "verweigert", objekt: "nachweis.manipuliert", person_id: plan.personId },
    ]);
  });
});
