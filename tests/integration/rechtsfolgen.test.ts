import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  briefUrl,
  schreibeBrief,
  setHeute,
  vereinbarePlan,
  type VereinbarterPlan,
} from "./support/rechtsfolgenFaelle";
import { BACKENDS } from "./support/testDatabase";
import { countRows, createTestApp, HEUTE, login, type Client, type TestApp } from "./support/testApp";

const TABELLEN = [
  "brief",
  "schlichtung",
  "rechtsfolgen_ereignis",
  "anhoerung",
  "rechtsfolgen_entscheidung",
  "regel_override",
];

describe.each(BACKENDS)("from plan to binding obligation (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let alt: VereinbarterPlan;
  let neu: VereinbarterPlan;

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
    alt = await vereinbarePlan(t, ifk, "2026-03-02", 1);
    neu = await vereinbarePlan(t, ifk, "2026-09-01", 2);
  });
  beforeEach(() => setHeute(t, HEUTE));
  afterAll(() => t.close());

  const snapshot = () => Promise.all(TABELLEN.map((tabelle) => countRows(t.tdb, tabelle)));

  it.each([
    [
      "letter without deadline and with an unknown kind",
      () => briefUrl(neu),
      { art: "brief", datum: "2026-02-30" },
      ["art", "datum", "frist"],
    ],
    [
      "event with an unknown type",
      () => `/api/v1/personen/${neu.personId}/ereignisse`,
      { art: "x", datum: "gestern" },
      ["art", "datum", "rechtsfolgenbelehrung"],
    ],
    [
      "Schlichtung without conciliator",
      () => `/api/v1/personen/${alt.personId}/schlichtungen`,
      { beantragtVon: "amt", schlichterName: "" },
      ["beantragtVon", "schlichterName", "beginn"],
    ],
    [
      "invitation without appointment",
      () => `/api/v1/personen/${alt.personId}/einladungen`,
      { datum: "2026-03-01" },
      ["terminAm", "terminOrt", "ersteEinladung"],
    ],
  ])("refuses %s with 400 problem+json and stores nothing", async (_, url, body, felder) => {
    const vorher = await snapshot();
    const res = await ifk.send("POST", url(), body);
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    const p = res.json() as { code: string; errors: { feld: string }[] };
    expect(p.code).toBe("validierung");
    for (const feld of felder) expect(p.errors.map((e) => e.feld)).toContain(feld);
    expect(await snapshot()).toEqual(vorher);
  });

  it("refuses a Rechtsfolgenbelehrung on the first invitation under the old law (§ 15 Abs. 4 a. F.)", async () => {
    setHeute(t, "2026-02-20");
    const vorher = await snapshot();
    const body = {
      datum: "2026-02-20",
      terminAm: "2026-02-27",
      terminOrt: "Raum 1",
      ersteEinladung: true,
      mitRechtsfolgenbelehrung: true,
    };
    const res = await ifk.send("POST", `/api/v1/personen/${alt.personId}/einladungen`, body);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "rechtsfolgen.erste_einladung_ohne_rfb" });
    expect(res.json().detail).toContain("§ 15 Abs. 4");
    expect(await snapshot()).toEqual(vorher);
    const ohne = await ifk.send("POST", `/api/v1/personen/${alt.personId}/einladungen`, {
      ...body,
      mitRechtsfolgenbelehrung: false,
    });
    expect(ohne.statusCode).toBe(201);
    setHeute(t, HEUTE);
    const spaeter = await ifk.send("POST", `/api/v1/personen/${neu.personId}/einladungen`, {
      ...body,
      datum: HEUTE,
      terminAm: "2026-12-03",
    });
    expect(spaeter.statusCode).toBe(201);
  });

  it("prepares an Aufforderung under the old law and a Verpflichtung under the new law, by the date of the letter", async () => {
    setHeute(t, "2026-05-04");
    const falsch = await ifk.send("POST", briefUrl(alt), {
      art: "verpflichtung",
      datum: "2026-05-04",
      frist: "2026-05-31",
    });
    expect(falsch.json()).toMatchObject({ code: "rechtsfolgen.falsches_recht" });
    const auff = await ifk.send("POST", briefUrl(alt), {
      art: "aufforderung",
      datum: "2026-05-04",
      frist: "2026-05-31",
    });
    expect(auff.statusCode).toBe(201);
    expect(auff.json()).toMatchObject({
      art: "aufforderung",
      rechtsstand: "2023-07",
      mitRechtsfolgenbelehrung: true,
      planVersionNummer: 1,
    });
    expect(auff.json().rechtsfolgenText).toContain("§ 31a Abs. 4 SGB II");
    const pdf = await ifk.get(`/api/v1/briefe/${auff.json().id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const versandt = await ifk.send("POST", `/api/v1/briefe/${auff.json().id}/versand`, { am: "2026-05-04" });
    expect(versandt.json()).toMatchObject({ status: "versandt" });
    expect(
      (await ifk.send("POST", `/api/v1/briefe/${auff.json().id}/versand`, { am: "2026-05-04" })).statusCode,
    ).toBe(409);
    setHeute(t, HEUTE);
    const vp = await ifk.send("POST", briefUrl(neu), {
      art: "verpflichtung",
      datum: HEUTE,
      frist: "2026-12-31",
    });
    expect(vp.statusCode).toBe(201);
    expect(vp.json()).toMatchObject({ art: "verpflichtung", rechtsstand: "2026-07" });
    expect(vp.json().rechtsfolgenText).toContain("30 %");
  });

  it("Schlichtung: refused under the new law; while it runs no § 31 reduction can be established", async () => {
    const body = { beantragtVon: "person", schlichterName: "Frau Schlicht", beginn: HEUTE };
    const neuesRecht = await ifk.send("POST", `/api/v1/personen/${neu.personId}/schlichtungen`, body);
    expect(neuesRecht.statusCode).toBe(409);
    expect(neuesRecht.json()).toMatchObject({ code: "rechtsfolgen.schlichtung_neues_recht" });
    setHeute(t, "2026-06-10");
    const s = await ifk.send("POST", `/api/v1/personen/${alt.personId}/schlichtungen`, {
      ...body,
      beginn: "2026-06-10",
    });
    expect(s.statusCode).toBe(201);
    expect(s.json()).toMatchObject({ spaetestesEnde: "2026-07-08", beendetAm: null });
    setHeute(t, "2026-06-20");
    const e = await ifk.send("POST", `/api/v1/personen/${alt.personId}/ereignisse`, {
      art: "pflichtverletzung",
      datum: "2026-06-15",
      rechtsfolgenbelehrung: true,
    });
    expect(e.statusCode).toBe(201);
    const ereignisId = e.json().id as string;
    await ifk.send("POST", `/api/v1/ereignisse/${ereignisId}/anhoerungen`, {
      am: "2026-06-18",
      form: "persoenlich",
      wichtigerGrund: false,
      haerte: false,
    });
    const v = (await ifk.get(`/api/v1/ereignisse/${ereignisId}/vorschlag?feststellung=2026-06-20`)).json();
    expect(v.fall.schlichtungLaeuft).toBe(true);
    expect(v.vorschlag.minderung).toBe(false);
    expect(v.vorschlag.normen.join(" ")).toContain("§ 15a Abs. 3");
    const d = await ifk.send("POST", `/api/v1/ereignisse/${ereignisId}/entscheidung`, {
      entscheidung: "festgestellt",
      feststellungAm: "2026-06-20",
    });
    expect(d.statusCode).toBe(409);
    expect(d.json()).toMatchObject({ code: "rechtsfolgen.schlichtung_laeuft" });
    const doppelt = await ifk.send("POST", `/api/v1/personen/${alt.personId}/schlichtungen`, {
      ...body,
      beginn: "2026-06-20",
    });
    expect(doppelt.json()).toMatchObject({ code: "rechtsfolgen.schlichtung_laeuft_bereits" });
    const ende = await ifk.send("POST", `/api/v1/schlichtungen/${s.json().id}/ende`, {
      am: "2026-06-20",
      einigung: false,
      ergebnis: "Keine Einigung",
    });
    expect(ende.json()).toMatchObject({ beendetAm: "2026-06-20", beendigung: "ohne_einigung" });
    setHeute(t, HEUTE);
  });

  it("computes the proposal with norms and tags; the person decides; the timeline shows it", async () => {
    const neu = await vereinbarePlan(t, ifk, "2026-09-01", 3);
    await schreibeBrief(t, ifk, neu, { art: "verpflichtung", datum: "2026-10-01", frist: "2026-10-15" });
    const e = await ifk.send("POST", `/api/v1/personen/${neu.personId}/ereignisse`, {
      art: "pflichtverletzung",
      datum: "2026-10-20",
      rechtsfolgenbelehrung: true,
    });
    const ereignisId = e.json().id as string;
    const ohneAnhoerung = await ifk.send("POST", `/api/v1/ereignisse/${ereignisId}/entscheidung`, {
      entscheidung: "festgestellt",
      feststellungAm: HEUTE,
    });
    expect(ohneAnhoerung.json()).toMatchObject({ code: "rechtsfolgen.anhoerung_fehlt" });
    await ifk.send("POST", `/api/v1/ereignisse/${ereignisId}/anhoerungen`, {
      am: "2026-11-10",
      form: "schriftlich",
      wichtigerGrund: false,
      haerte: false,
    });
    const v = (await ifk.get(`/api/v1/ereignisse/${ereignisId}/vorschlag?feststellung=${HEUTE}`)).json();
    expect(v.vorschlag).toMatchObject({
      rechtsstand: "2026-07",
      minderung: true,
      prozent: 30,
      monate: 3,
      beginn: "2026-12",
      ende: "2027-02",
    });
    for (const b of v.vorschlag.begruendung) {
      expect(b.norm).toMatch(/§/);
      expect(["V", "S", "U"]).toContain(b.tag);
    }
    const d = await ifk.send("POST", `/api/v1/ereignisse/${ereignisId}/entscheidung`, {
      entscheidung: "festgestellt",
      feststellungAm: HEUTE,
    });
    expect(d.statusCode).toBe(201);
    expect(d.json().vorschlag.prozent).toBe(30);
    expect(
      (
        await ifk.send("POST", `/api/v1/ereignisse/${ereignisId}/entscheidung`, {
          entscheidung: "festgestellt",
          feststellungAm: HEUTE,
        })
      ).json(),
    ).toMatchObject({ code: "rechtsfolgen.bereits_entschieden" });
    const z = (await ifk.get(`/api/v1/personen/${neu.personId}/zeitleiste`)).json() as {
      eintraege: { typ: string; datum: string }[];
    };
    const typen = z.eintraege.map((x) => x.typ);
    for (const typ of ["plan_version", "brief", "ereignis", "anhoerung", "entscheidung"])
      expect(typen).toContain(typ);
    const daten = z.eintraege.map((x) => x.datum);
    expect([...daten].sort()).toEqual(daten);
    const audit = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ objekt: string }>("SELECT DISTINCT objekt FROM audit_log WHERE person_id = $1", [
        neu.personId,
      ]),
    );
    expect(audit.map((a) => a.objekt)).toEqual(
      expect.arrayContaining([
        "brief",
        "rechtsfolgen_ereignis",
        "anhoerung",
        "rechtsfolgen_vorschlag",
        "rechtsfolgen_entscheidung",
        "zeitleiste",
      ]),
    );
  });

  it("an earlier event within a year requires the hearing in person (§ 31a Abs. 2)", async () => {
    const neu = await vereinbarePlan(t, ifk, "2026-09-01", 4);
    setHeute(t, HEUTE);
    const frueher = await ifk.send("POST", `/api/v1/personen/${neu.personId}/ereignisse`, {
      art: "pflichtverletzung",
      datum: "2026-10-20",
      rechtsfolgenbelehrung: true,
    });
    expect(frueher.statusCode).toBe(201);
    const e = await ifk.send("POST", `/api/v1/personen/${neu.personId}/ereignisse`, {
      art: "meldeversaeumnis",
      datum: "2026-11-20",
      rechtsfolgenbelehrung: true,
    });
    const res = await ifk.send("POST", `/api/v1/ereignisse/${e.json().id}/anhoerungen`, {
      am: HEUTE,
      form: "telefonisch",
      wichtigerGrund: false,
      haerte: false,
    });
    expect(res.json()).toMatchObject({ code: "rechtsfolgen.anhoerung_persoenlich" });
  });
});
