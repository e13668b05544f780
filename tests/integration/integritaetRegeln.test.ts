import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../../src/adapters/pdf/__test__/readPdf";
import { buildPlanInhalt } from "./support/factories";
import { postForm } from "./support/formular";
import { createEntwurf } from "./support/planFactories";
import { schreibeBrief, setHeute, vereinbarePlan } from "./support/rechtsfolgenFaelle";
import { BACKENDS } from "./support/testDatabase";
import { countRows, createTestApp, HEUTE, login, type Client, type TestApp } from "./support/testApp";

const mitPlatzhaltern = () =>
  buildPlanInhalt({
    schritte: [
      {
        id: "s1",
        text: "Ich bewerbe mich bis {datum} auf {anzahl} Stellen.",
        haeufigkeit: "einmal",
        frist: "2027-01-31",
        nachweis: "Liste der Bewerbungen",
      },
    ],
    unterstuetzung: [{ id: "u1", text: "Das Jobcenter vermittelt Sie an {stelle}." }],
  });

describe.each(BACKENDS)("integrity rules: breach deadline and open placeholders (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let nummer = 400;

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
  });
  afterAll(() => t.close());

  /** A plan agreed on `am`, a letter for its first step and the URL to record events of the person. */
  async function mitBrief(am: string, brief: Parameters<typeof schreibeBrief>[3]) {
    const plan = await vereinbarePlan(t, ifk, am, nummer++);
    const briefId = await schreibeBrief(t, ifk, plan, brief);
    setHeute(t, HEUTE);
    return { ...plan, briefId, url: `/api/v1/personen/${plan.personId}/ereignisse` };
  }

  it("refuses a breach dated before the letter's deadline unless the person declared the refusal (new law)", async () => {
    const p = await mitBrief("2026-09-01", {
      art: "verpflichtung",
      datum: "2026-09-07",
      frist: "2026-10-15",
    });
    const vorher = await countRows(t.tdb, "rechtsfolgen_ereignis");
    const body = {
      art: "pflichtverletzung",
      datum: "2026-10-01",
      briefId: p.briefId,
      rechtsfolgenbelehrung: true,
    };
    const zuFrueh = await ifk.send("POST", p.url, body);
    expect(zuFrueh.statusCode).toBe(422);
    expect(zuFrueh.headers["content-type"]).toContain("application/problem+json");
    expect(zuFrueh.json()).toMatchObject({
      code: "rechtsfolgen.ereignis_vor_frist",
      errors: [{ feld: "datum" }],
    });
    expect(zuFrueh.json().detail).toContain("Frist");
    expect(await countRows(t.tdb, "rechtsfolgen_ereignis")).toBe(vorher);

    const weigerung = await ifk.send("POST", p.url, { ...body, weigerungErklaert: true });
    expect(weigerung.statusCode).toBe(201);
    expect(weigerung.json()).toMatchObject({ datum: "2026-10-01", weigerungErklaert: true });
    const v = (
      await ifk.get(`/api/v1/ereignisse/${weigerung.json().id}/vorschlag?feststellung=${HEUTE}`)
    ).json();
    expect(v.fall).toMatchObject({ date: "2026-10-01", weigerungErklaert: true });
    expect(v.vorschlag).toMatchObject({ rechtsstand: "2026-07", minderung: true });
    const seite = (await ifk.get(`/personen/${p.personId}/rechtsfolgen`)).body;
    expect(seite).toContain("Weigerung erklärt");
    expect((await ifk.get(`/ereignisse/${weigerung.json().id}`)).body).toContain("Weigerung erklärt");

    const amFristende = await ifk.send("POST", p.url, { ...body, datum: "2026-10-15" });
    expect(amFristende.statusCode).toBe(201);
    expect(amFristende.json()).toMatchObject({ weigerungErklaert: false });
  });

  it("keeps the old law for a declared refusal before 1.7.2026 and allows it only for a Pflichtverletzung", async () => {
    const p = await mitBrief("2026-03-02", { art: "aufforderung", datum: "2026-05-04", frist: "2026-05-31" });
    const body = {
      art: "pflichtverletzung",
      datum: "2026-05-20",
      briefId: p.briefId,
      rechtsfolgenbelehrung: true,
    };
    expect((await ifk.send("POST", p.url, body)).json().code).toBe("rechtsfolgen.ereignis_vor_frist");
    const e = await ifk.send("POST", p.url, { ...body, weigerungErklaert: true });
    expect(e.statusCode).toBe(201);
    const v = (await ifk.get(`/api/v1/ereignisse/${e.json().id}/vorschlag?feststellung=2026-06-10`)).json();
    expect(v.vorschlag).toMatchObject({ rechtsstand: "2023-07", minderung: true, prozent: 10 });
    const melde = await ifk.send("POST", p.url, {
      art: "meldeversaeumnis",
      datum: "2026-05-20",
      rechtsfolgenbelehrung: true,
      weigerungErklaert: true,
    });
    expect(melde.statusCode).toBe(422);
    expect(melde.json()).toMatchObject({
      code: "rechtsfolgen.weigerung_nur_pflichtverletzung",
      errors: [{ feld: "weigerungErklaert" }],
    });
  });

  it("shows the refusal of an early breach at the date field of the form and in the error summary", async () => {
    const p = await mitBrief("2026-09-01", {
      art: "verpflichtung",
      datum: "2026-09-07",
      frist: "2026-10-15",
    });
    const res = await postForm(t.app, ifk, `/personen/${p.personId}/ereignisse`, {
      "ereignis.art": "pflichtverletzung",
      "ereignis.datum": "2026-10-01",
      "ereignis.briefId": p.briefId,
      "ereignis.rechtsfolgenbelehrung": "ja",
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('href="#f-ereignis-datum"');
    expect(res.body).toMatch(/id="f-ereignis-datum-fehler"[\s\S]*?vor Ablauf der Frist/);
    expect(res.body).toContain('name="ereignis.weigerungErklaert"');
    const ok = await postForm(t.app, ifk, `/personen/${p.personId}/ereignisse`, {
      "ereignis.art": "pflichtverletzung",
      "ereignis.datum": "2026-10-01",
      "ereignis.briefId": p.briefId,
      "ereignis.rechtsfolgenbelehrung": "ja",
      "ereignis.weigerungErklaert": "ja",
    });
    expect(ok.statusCode).toBe(303);
  });

  it("refuses to agree an entry with an open placeholder and writes nothing; the draft keeps it", async () => {
    setHeute(t, HEUTE);
    const e = await createEntwurf(ifk, mitPlatzhaltern());
    const base = `/api/v1/kooperationsplaene/${e.planId}/versionen/1`;
    const res = await ifk.send("POST", `${base}/abstimmung`, {
      am: HEUTE,
      kanal: "persoenlich",
      lockVersion: e.lockVersion,
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    const p = res.json() as { code: string; errors: { feld: string }[] };
    expect(p.code).toBe("plan.platzhalter_offen");
    expect(p.errors.map((f) => f.feld)).toEqual(["schritte.0.text", "unterstuetzung.0.text"]);
    const version = (await ifk.get(base)).json().version;
    expect(version).toMatchObject({ status: "entwurf", lockVersion: e.lockVersion, abstimmung: null });
    expect(version.inhalt.schritte[0].text).toContain("{datum}");
  });

  it("names the open placeholder at the entry and in the summary; filled, the agreed PDF holds no brace", async () => {
    setHeute(t, HEUTE);
    const e = await createEntwurf(ifk, mitPlatzhaltern());
    const url = `/plaene/${e.planId}/versionen/1`;
    const editor = (await ifk.get(`${url}/bearbeiten`)).body;
    expect(editor).toContain("Ergänzen Sie: {datum}, {anzahl}");
    expect(editor).toMatch(/id="f-schritte-0-text"[^>]*aria-describedby="[^"]*f-schritte-0-text-hinweis/);
    const form = await postForm(t.app, ifk, `${url}/abstimmen`, {
      am: HEUTE,
      kanal: "persoenlich",
      lockVersion: String(e.lockVersion),
    });
    expect(form.statusCode).toBe(422);
    expect(form.body).toContain('href="#f-schritte-0-text"');
    expect(form.body).toContain('id="f-schritte-0-text"');
    expect(form.body).toContain('href="#f-unterstuetzung-0-text"');
    expect((await ifk.get(`/api/v1/kooperationsplaene/${e.planId}/versionen/1`)).json().version.status).toBe(
      "entwurf",
    );

    const base = `/api/v1/kooperationsplaene/${e.planId}/versionen/1`;
    const gefuellt = buildPlanInhalt({
      schritte: [{ id: "s1", text: "Ich bewerbe mich bis 31.01.2027 auf 5 Stellen.", frist: "2027-01-31" }],
      unterstuetzung: [{ id: "u1", text: "Das Jobcenter vermittelt Sie an die Schuldnerberatung." }],
    });
    const saved = await ifk.send("PUT", base, { inhalt: gefuellt, lockVersion: e.lockVersion });
    expect(saved.statusCode).toBe(200);
    const agreed = await ifk.send("POST", `${base}/abstimmung`, {
      am: HEUTE,
      kanal: "persoenlich",
      lockVersion: saved.json().lockVersion,
    });
    expect(agreed.statusCode).toBe(200);
    const pdf = await ifk.get(`${base}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = (await readPdf(new Uint8Array(pdf.rawPayload))).text;
    expect(text).toContain("auf 5 Stellen");
    expect(text).not.toContain("{");
  });
});
