import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, faelle, login, type Client, type TestApp } from "./support/testApp";

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
  let planId: string;
  let lock = 1;

  const post = (url: string, felder: Record<string, string>) =>
    t.app.inject({
      method: "POST",
      url,
      headers: { cookie: ifk.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: ifk.csrf, lockVersion: String(lock), ...felder }).toString(),
    });
  const version = async (nummer: number) =>
    (await ifk.get(`/api/v1/kooperationsplaene/${planId}/versionen/${nummer}`)).json().version as VersionJson;
  const editor = (nummer: number) => ifk.get(`/plaene/${planId}/versionen/${nummer}/bearbeiten`);
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
    const personId = (await faelle(ifk, "kein_plan"))[0]?.personId as string;
    planId = (await ifk.send("POST", `/api/v1/personen/${personId}/kooperationsplan`)).json().planId;
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
    const res = await post(`/plaene/${planId}/versionen/1/bearbeiten`, basis);
    expect(res.statusCode).toBe(303);
    const v = await version(1);
    lock = v.lockVersion;
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
    const html = (await editor(1)).body;
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
    const res = await post(`/plaene/${planId}/versionen/1/bearbeiten`, {
      ...basis,
      "schritte.0.text": KONKRET,
    });
    expect(res.statusCode).toBe(303);
    lock = (await version(1)).lockVersion;
    const html = (await editor(1)).body;
    const region = /<div class="kp-assistent" id="assistent-s1"[^>]*>(.*?)<\/div>/.exec(html)?.[1] ?? "";
    expect(region).toContain("Bereich: Gesundheit");
    expect(region).not.toContain("Noch nicht konkret.");
    expect((await version(1)).inhalt.schritte[0]?.code).toMatchObject({ specific: true, codedBy: "auto" });
  });

  it("keeps a correction sent through the API and recodes the other entries", async () => {
    const v = await version(1);
    const res = await ifk.send("PUT", `/api/v1/kooperationsplaene/${planId}/versionen/1`, {
      inhalt: { ...v.inhalt, schritte: v.inhalt.schritte.map((s) => ({ ...s, text: `${s.text} ` })) },
      lockVersion: v.lockVersion,
    });
    expect(res.statusCode).toBe(200);
    const after = await version(1);
    lock = after.lockVersion;
    expect(after.inhalt.schritte[1]?.code).toMatchObject({ area: "erwerbsfaehigkeit", codedBy: "person" });
  });

  it("searches templates (saving first, works without script) and adds one, focusing the new entry", async () => {
    const suche = await post(`/plaene/${planId}/versionen/1/bearbeiten`, {
      ...basis,
      "schritte.0.text": KONKRET,
      vorlagenSuche: "Hausarzt",
      vorlagenAbschnitt: "schritte",
      aktion: "vorlagen-suchen",
    });
    expect(suche.statusCode).toBe(303);
    expect(suche.headers.location).toContain("vorlagen=Hausarzt&abschnitt=schritte#vorlagen-treffer");
    lock = (await version(1)).lockVersion;
    const seite = (await ifk.get(suche.headers.location as string)).body;
    expect(seite).toContain('value="vorlage:schritte:ges-hausarzt"');
    const add = await post(`/plaene/${planId}/versionen/1/bearbeiten`, {
      ...basis,
      "schritte.0.text": KONKRET,
      aktion: "vorlage:schritte:ges-hausarzt",
    });
    expect(add.statusCode).toBe(303);
    expect(add.headers.location).toMatch(/#f-schritte-2-text$/);
    const v = await version(1);
    lock = v.lockVersion;
    expect(v.inhalt.schritte[2]?.text).toContain("Hausarztpraxis");
  });

  it("adds an offer of the catalogue as a support entry", async () => {
    const html = (await editor(1)).body;
    const value = /value="(angebot:[0-9a-f-]{36})"/.exec(html)?.[1] as string;
    const res = await post(`/plaene/${planId}/versionen/1/bearbeiten`, { ...basis, aktion: value });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/#f-unterstuetzung-1-text$/);
    const v = await version(1);
    lock = v.lockVersion;
    expect(v.inhalt.unterstuetzung[1]?.text).toContain("„Gesundheitscoaching Stark im Alltag“ bei Caritas");
  });

  it("keeps the correction across agreement and Fortschreibung", async () => {
    const ab = await ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/versionen/1/abstimmung`, {
      am: "2026-11-26",
      kanal: "persoenlich",
      lockVersion: lock,
    });
    expect(ab.statusCode).toBe(200);
    const fort = await ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/fortschreibung`);
    expect(fort.statusCode).toBe(201);
    const v2 = await version(2);
    expect(v2.inhalt.schritte[1]?.code).toMatchObject({ area: "erwerbsfaehigkeit", codedBy: "person" });
    // The editor shows the chosen area selected, so saving the form keeps it as well.
    const html = (await editor(2)).body;
    expect(html).toMatch(/<option value="erwerbsfaehigkeit" selected="">/);
    lock = v2.lockVersion;
    const res = await post(`/plaene/${planId}/versionen/2/bearbeiten`, basis);
    expect(res.statusCode).toBe(303);
    expect((await version(2)).inhalt.schritte[1]?.code).toMatchObject({
      area: "erwerbsfaehigkeit",
      codedBy: "person",
    });
  });

  it("warns on the preview when the draft no longer fits one A4 page", async () => {
    lock = (await version(2)).lockVersion;
    const lang = Object.fromEntries(
      Array.from({ length: 14 }, (_, i) => [
        [`schritte.${i}.id`, `l${i}`],
        [
          `schritte.${i}.text`,
          `${"Ich schreibe jede Woche eine ausführliche Bewerbung für eine Stelle im Lager. ".repeat(4)}`,
        ],
      ]).flat(),
    );
    const res = await post(`/plaene/${planId}/versionen/2/bearbeiten`, {
      berufsziel: "Lager",
      ...lang,
      aktion: "vorschau",
    });
    expect(res.statusCode).toBe(303);
    const preview = (await ifk.get(`/plaene/${planId}/versionen/2`)).body;
    expect(preview).toContain("Der Plan passt nicht mehr auf eine A4-Seite.");
  });
});
