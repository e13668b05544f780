import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS } from "./support/testDatabase";
import { createPerson } from "./support/planFactories";
import { createTestApp, login, type Client, type TestApp } from "./support/testApp";

const VAGE = "Ich kümmere mich um meine Gesundheit.";
const KONKRET = "Ich gehe bis zum 15.01.2027 zu meiner Hausärztin und bespreche eine Therapie.";

interface EintragJson {
  id: string;
  text: string;
  code?: { area: string; specific: boolean; codedBy: string };
}
interface VersionJson {
  lockVersion: number;
  inhalt: { berufszielCode?: EintragJson["code"]; schritte: EintragJson[]; unterstuetzung: EintragJson[] };
}

describe.each(BACKENDS)("Plan assistant in the editor (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let tl: Client;

  /** Each test writes its own plan: a new person's draft, with the lock version the form must send. */
  interface Plan {
    planId: string;
    lock: number;
  }
  const neuerPlan = async (): Promise<Plan> => {
    const personId = await createPerson(ifk);
    const res = await ifk.send("POST", `/api/v1/personen/${personId}/kooperationsplan`);
    return { planId: res.json().planId as string, lock: 1 };
  };
  const version = async (p: Plan, nummer: number) =>
    (await ifk.get(`/api/v1/kooperationsplaene/${p.planId}/versionen/${nummer}`)).json()
      .version as VersionJson;
  const editor = (p: Plan, nummer: number) => ifk.get(`/plaene/${p.planId}/versionen/${nummer}/bearbeiten`);
  /** Posts the editor form and takes the new lock version, as the browser does on the next page. */
  const post = async (p: Plan, nummer: number, felder: Record<string, string>) => {
    const res = await t.app.inject({
      method: "POST",
      url: `/plaene/${p.planId}/versionen/${nummer}/bearbeiten`,
      headers: { cookie: ifk.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: ifk.csrf, lockVersion: String(p.lock), ...felder }).toString(),
    });
    p.lock = (await version(p, nummer)).lockVersion;
    return res;
  };
  const basis = {
    berufsziel: "Ich arbeite als Lagerhelfer in Vollzeit.",
    "schritte.0.id": "s1",
    "schritte.0.text": VAGE,
    "schritte.0.bereich": "",
    "schritte.1.id": "s2",
    "schritte.1.text": "Ich gebe meine Unterlagen ab.",
    "schritte.1.bereich": "erwerbsfaehigkeit",
    "unterstuetzung.0.id": "u1",
    "unterstuetzung.0.text": "Das Jobcenter berät mich alle 4 Wochen.",
    aktion: "speichern",
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
    tl = await login(t.app, "tl_a");
    await tl.send("POST", "/api/v1/angebote", {
      typ: "avgs",
      titel: "Gesundheitscoaching Stark im Alltag",
      traeger: "Caritas",
      bereiche: ["gesundheit"],
      restbudgetCent: 1_000_000,
      kostenProFallCent: 60_000,
      aktiv: true,
    });
  });
  afterAll(() => t.close());

  it("stores a code with every entry on save; a person's choice of area is kept", async () => {
    const p = await neuerPlan();
    const res = await post(p, 1, basis);
    expect(res.statusCode).toBe(303);
    const v = await version(p, 1);
    expect(v.inhalt.berufszielCode).toMatchObject({ area: "arbeit", codedBy: "auto" });
    expect(v.inhalt.schritte[0]?.code).toEqual({ area: "gesundheit", specific: false, codedBy: "auto" });
    expect(v.inhalt.schritte[1]?.code).toMatchObject({ area: "erwerbsfaehigkeit", codedBy: "person" });
    expect(v.inhalt.unterstuetzung[0]?.code).toMatchObject({
      area: "beratung",
      specific: true,
      codedBy: "auto",
    });
  });

  it("shows the hints server-side: area, what is missing, plain language, completeness; loads the live script", async () => {
    const p = await neuerPlan();
    await post(p, 1, basis);
    const html = (await editor(p, 1)).body;
    expect(html).toContain("Bereich: Gesundheit");
    expect(html).toContain("Noch nicht konkret.");
    expect(html).toContain("Schreiben Sie dazu, bis wann");
    expect(html).toContain("Bereich: Klärung der Erwerbsfähigkeit (von Ihnen gewählt)");
    expect(html).toContain("Lesbarkeit:");
    expect(html).toContain("§ 15 Abs. 2 Satz 2 Nr. 5 SGB II");
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('<script type="module" src="/assets/app/assistent.js">');
    expect(html).toContain("Gesundheitscoaching Stark im Alltag");
    expect(html).toContain("Budget: verfügbar");
  });

  it("hides the hint once the step is concrete", async () => {
    const p = await neuerPlan();
    await post(p, 1, basis);
    const res = await post(p, 1, { ...basis, "schritte.0.text": KONKRET });
    expect(res.statusCode).toBe(303);
    const html = (await editor(p, 1)).body;
    const region = /<div class="kp-assistent" id="assistent-s1"[^>]*>(.*?)<\/div>/.exec(html)?.[1] ?? "";
    expect(region).toContain("Bereich: Gesundheit");
    expect(region).not.toContain("Noch nicht konkret.");
    expect((await version(p, 1)).inhalt.schritte[0]?.code).toMatchObject({ specific: true, codedBy: "auto" });
  });

  it("keeps a correction sent through the API and recodes the other entries", async () => {
    const p = await neuerPlan();
    await post(p, 1, basis);
    const v = await version(p, 1);
    const res = await ifk.send("PUT", `/api/v1/kooperationsplaene/${p.planId}/versionen/1`, {
      inhalt: { ...v.inhalt, schritte: v.inhalt.schritte.map((s) => ({ ...s, text: `${s.text} ` })) },
      lockVersion: v.lockVersion,
    });
    expect(res.statusCode).toBe(200);
    const after = await version(p, 1);
    expect(after.inhalt.schritte[1]?.code).toMatchObject({ area: "erwerbsfaehigkeit", codedBy: "person" });
  });

  it("searches templates (saving first, works without script) and adds one, focusing the new entry", async () => {
    const p = await neuerPlan();
    const suche = await post(p, 1, {
      ...basis,
      "schritte.0.text": KONKRET,
      vorlagenSuche: "Hausarzt",
      vorlagenAbschnitt: "schritte",
      aktion: "vorlagen-suchen",
    });
    expect(suche.statusCode).toBe(303);
    expect(suche.headers.location).toContain("vorlagen=Hausarzt&abschnitt=schritte#vorlagen-treffer");
    const seite = (await ifk.get(suche.headers.location as string)).body;
    expect(seite).toContain('value="vorlage:schritte:ges-hausarzt"');
    const add = await post(p, 1, {
      ...basis,
      "schritte.0.text": KONKRET,
      aktion: "vorlage:schritte:ges-hausarzt",
    });
    expect(add.statusCode).toBe(303);
    expect(add.headers.location).toMatch(/#f-schritte-2-text$/);
    expect((await version(p, 1)).inhalt.schritte[2]?.text).toContain("Hausarztpraxis");
  });

  it("adds an offer of the catalogue as a support entry", async () => {
    const p = await neuerPlan();
    await post(p, 1, basis);
    const html = (await editor(p, 1)).body;
    const value = /value="(angebot:[0-9a-f-]{36})"/.exec(html)?.[1] as string;
    const res = await post(p, 1, { ...basis, aktion: value });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/#f-unterstuetzung-1-text$/);
    const v = await version(p, 1);
    expect(v.inhalt.unterstuetzung[1]?.text).toContain("„Gesundheitscoaching Stark im Alltag“ bei Caritas");
  });

  it("keeps the correction across agreement and Fortschreibung", async () => {
    const p = await neuerPlan();
    await post(p, 1, basis);
    const ab = await ifk.send("POST", `/api/v1/kooperationsplaene/${p.planId}/versionen/1/abstimmung`, {
      am: "2026-11-26",
      kanal: "persoenlich",
      lockVersion: p.lock,
    });
    expect(ab.statusCode).toBe(200);
    const fort = await ifk.send("POST", `/api/v1/kooperationsplaene/${p.planId}/fortschreibung`);
    expect(fort.statusCode).toBe(201);
    const v2 = await version(p, 2);
    expect(v2.inhalt.schritte[1]?.code).toMatchObject({ area: "erwerbsfaehigkeit", codedBy: "person" });
    // The editor shows the chosen area selected, so saving the form keeps it as well.
    const html = (await editor(p, 2)).body;
    expect(html).toMatch(/<option value="erwerbsfaehigkeit" selected="">/);
    p.lock = v2.lockVersion;
    const res = await post(p, 2, basis);
    expect(res.statusCode).toBe(303);
    expect((await version(p, 2)).inhalt.schritte[1]?.code).toMatchObject({
      area: "erwerbsfaehigkeit",
      codedBy: "person",
    });
  });

  it("warns on the preview when the draft no longer fits one A4 page", async () => {
    const p = await neuerPlan();
    const lang = Object.fromEntries(
      Array.from({ length: 14 }, (_, i) => [
        [`schritte.${i}.id`, `l${i}`],
        [
          `schritte.${i}.text`,
          `${"Ich schreibe jede Woche eine ausführliche Bewerbung für eine Stelle im Lager. ".repeat(4)}`,
        ],
      ]).flat(),
    );
    const res = await post(p, 1, {
      berufsziel: "Lager",
      ...lang,
      aktion: "vorschau",
    });
    expect(res.statusCode).toBe(303);
    const preview = (await ifk.get(`/plaene/${p.planId}/versionen/1`)).body;
    expect(preview).toContain("Der Plan passt nicht mehr auf eine A4-Seite.");
  });
});
