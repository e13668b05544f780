import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setHeute, vereinbarePlan, type VereinbarterPlan } from "./support/rechtsfolgenFaelle";
import { BACKENDS } from "./support/testDatabase";
import { countRows, createTestApp, HEUTE, login, type Client, type TestApp } from "./support/testApp";

/** Server-rendered pages of issue 4 work as plain form posts (no JavaScript). */
describe.each(BACKENDS)("Rechtsfolgen pages without JavaScript (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let plan: VereinbarterPlan;

  const form = (url: string, felder: Record<string, string>) =>
    t.app.inject({
      method: "POST",
      url,
      headers: { cookie: ifk.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: ifk.csrf, ...felder }).toString(),
    });

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
    plan = await vereinbarePlan(t, ifk, "2026-03-02", 1);
    setHeute(t, HEUTE);
  });
  afterAll(() => t.close());

  it("the plan version offers per step a Verpflichtung (law of today) and to record an old-law Aufforderung", async () => {
    const html = (await ifk.get(`/plaene/${plan.planId}/versionen/1`)).body;
    expect(html).toContain("Verpflichtung vorbereiten");
    expect(html).toContain("Aufforderung nacherfassen");
  });

  it("prepares an Aufforderung dated before 1.7.2026; a date after it is refused in plain German", async () => {
    const url = `/plaene/${plan.planId}/versionen/1/schritte/s1/brief`;
    expect((await ifk.get(`${url}?art=aufforderung`)).body).toContain(
      "Aufforderung mit Rechtsfolgenbelehrung vorbereiten",
    );
    const falsch = await form(url, { art: "aufforderung", datum: "2026-08-03", frist: "2026-08-31" });
    expect(falsch.statusCode).toBe(422);
    expect(falsch.body).toContain("An diesem Datum gilt ein anderes Recht");
    const res = await form(url, {
      art: "aufforderung",
      datum: "2026-05-04",
      frist: "2026-05-31",
      nachweis: "",
    });
    expect(res.statusCode).toBe(303);
    const brief = await ifk.get(res.headers.location as string);
    expect(brief.body).toContain("Rechtsfolgenbelehrung");
    expect(brief.body).toContain("Widerspruch");
    const pdf = await ifk.get(`${res.headers.location}/pdf`);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
  });

  it("records an event, a hearing and a decision; the proposal shows norms and tags; the person page shows the timeline", async () => {
    const personUrl = `/personen/${plan.personId}`;
    const leer = await form(`${personUrl}/ereignisse`, {
      "ereignis.art": "pflichtverletzung",
      "ereignis.datum": "",
    });
    expect(leer.statusCode).toBe(400);
    expect(leer.body).toContain("Geben Sie ein gültiges Datum ein");
    expect(await countRows(t.tdb, "rechtsfolgen_ereignis")).toBe(0);
    const e = await form(`${personUrl}/ereignisse`, {
      "ereignis.art": "pflichtverletzung",
      "ereignis.datum": "2026-11-02",
      "ereignis.rechtsfolgenbelehrung": "ja",
    });
    expect(e.statusCode).toBe(303);
    const ereignisUrl = (e.headers.location as string).split("#")[0] as string;
    expect(
      (
        await form(`${ereignisUrl}/entscheidung`, {
          "entscheidung.entscheidung": "festgestellt",
          "entscheidung.feststellungAm": HEUTE,
        })
      ).body,
    ).toContain("Hören Sie die Person zuerst an");
    expect(
      (await form(`${ereignisUrl}/anhoerungen`, { "anhoerung.am": HEUTE, "anhoerung.form": "persoenlich" }))
        .statusCode,
    ).toBe(303);
    const seite = (await ifk.get(ereignisUrl)).body;
    expect(seite).toContain("Minderung um 30 % des Regelbedarfs für 3 Monate");
    expect(seite).toContain("§ 31a Abs. 4 SGB II");
    expect(seite).toMatch(/<abbr title="S – Sekundärquelle">S<\/abbr>/);
    expect(
      (
        await form(`${ereignisUrl}/entscheidung`, {
          "entscheidung.entscheidung": "festgestellt",
          "entscheidung.feststellungAm": HEUTE,
        })
      ).statusCode,
    ).toBe(303);
    const person = (await ifk.get(personUrl)).body;
    expect(person).toContain("Zeitleiste");
    expect(person).toContain("Festgestellt");
  });

  it("Schlichtung on the person page: refused under the new law, in plain German", async () => {
    const res = await form(`/personen/${plan.personId}/schlichtungen`, {
      "schlichtung.beantragtVon": "person",
      "schlichtung.schlichterName": "Herr Ruhig",
      "schlichtung.beginn": HEUTE,
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain("Ein Schlichtungsverfahren gibt es nur bis 30.06.2026");
  });

  it("team lead corrects an S rule; V rules and bad values are refused in plain German", async () => {
    const tl = await login(t.app, "tl_a");
    const post = (felder: Record<string, string>) =>
      t.app.inject({
        method: "POST",
        url: "/regeln",
        headers: { cookie: tl.cookie, "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ _csrf: tl.csrf, ...felder }).toString(),
      });
    const key = "grundsicherungsgeld2026.pflichtverletzungProzent";
    const bad = await post({ key, [`${key}.wert`]: "abc", [`${key}.grund`]: "Test" });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Geben Sie eine Zahl");
    const gross = await post({ key, [`${key}.wert`]: "150", [`${key}.grund`]: "Test" });
    expect(gross.body).toContain("ganze Zahl von 0 bis 100");
    const v = await post({
      key: "buergergeld2023.kappungProzent",
      "buergergeld2023.kappungProzent.wert": "20",
      "buergergeld2023.kappungProzent.grund": "x",
    });
    expect(v.body).toContain("nicht änderbar");
    const okay = await post({ key, [`${key}.wert`]: "30", [`${key}.grund`]: "Bestätigt durch BGBl." });
    expect(okay.statusCode).toBe(303);
    expect((await tl.get("/regeln?gespeichert=1")).body).toContain("Bestätigt durch BGBl.");
  });
});
