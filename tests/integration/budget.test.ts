import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlanInhalt } from "./support/factories";
import { postForm } from "./support/formular";
import { createAbgestimmterPlan, createEntwurf } from "./support/planFactories";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, HEUTE, login, type Client, type TestApp } from "./support/testApp";

interface StandJson {
  angebotId: string;
  budgetCent: number | null;
  gebundenCent: number;
  verbleibendCent: number | null;
}

const angebotMit = (restbudgetCent: number, kostenProFallCent: number) => ({
  typ: "coaching",
  titel: `Bewerbungscoaching ${restbudgetCent}/${kostenProFallCent}`,
  bereiche: ["arbeit"],
  restbudgetCent,
  kostenProFallCent,
  aktiv: true,
});

/** A plan whose support entry names the offer (with an optional estimate in cents). */
const mitAngebot = (angebotId: string, schaetzungCent?: number) =>
  buildPlanInhalt({
    unterstuetzung: [
      { id: "u1", text: "Das Jobcenter bezahlt ein Bewerbungscoaching.", angebotId, schaetzungCent },
    ],
  });

describe.each(BACKENDS)("Budget: ein vereinbarter Plan bindet, ein ersetzter gibt frei (%s)", (backend) => {
  let t: TestApp;
  let tl: Client;
  let ifk: Client;
  let ifkB: Client;

  const neuesAngebot = async (budget = 300_000, kosten = 90_000): Promise<string> => {
    const res = await tl.send("POST", "/api/v1/angebote", angebotMit(budget, kosten));
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const stand = async (angebotId: string, client: Client = ifk): Promise<StandJson | undefined> => {
    const res = await client.get("/api/v1/angebote/budget");
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().toepfe as StandJson[]).find((s) => s.angebotId === angebotId);
  };
  const abstimmen = (planId: string, nummer: number, lockVersion: number) =>
    ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/versionen/${nummer}/abstimmung`, {
      am: HEUTE,
      kanal: "persoenlich",
      lockVersion,
    });
  const bindungen = (planId: string) =>
    t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ nummer: number; betrag_cent: string; freigabe_grund: string | null; freigegeben_am: Date }>(
        `SELECT v.nummer, b.betrag_cent, b.freigabe_grund, b.freigegeben_am FROM budget_bindung b
         JOIN plan_version v ON v.id = b.version_id WHERE b.plan_id = $1 ORDER BY v.nummer`,
        [planId],
      ),
    );

  beforeAll(async () => {
    t = await createTestApp(backend);
    tl = await login(t.app, "tl_a");
    ifk = await login(t.app, "ifk_a1");
    ifkB = await login(t.app, "ifk_b");
  });
  afterAll(() => t.close());

  it("assigning an offer to a draft leaves the remaining budget as it was", async () => {
    const angebotId = await neuesAngebot();
    await createEntwurf(ifk, mitAngebot(angebotId));
    expect(await stand(angebotId)).toMatchObject({
      budgetCent: 300_000,
      gebundenCent: 0,
      verbleibendCent: 300_000,
    });
  });

  it("agreeing the plan commits the offer's cost; the estimate overrides it", async () => {
    const angebotId = await neuesAngebot();
    await createAbgestimmterPlan(ifk, HEUTE, mitAngebot(angebotId));
    expect(await stand(angebotId)).toMatchObject({ gebundenCent: 90_000, verbleibendCent: 210_000 });
    await createAbgestimmterPlan(ifk, HEUTE, mitAngebot(angebotId, 40_000));
    expect(await stand(angebotId)).toMatchObject({ gebundenCent: 130_000, verbleibendCent: 170_000 });
    // The team lead sees the same figures; another jobcentre sees neither the offer nor its commitments.
    expect((await stand(angebotId, tl))?.verbleibendCent).toBe(170_000);
    const seite = (await tl.get("/angebote")).body;
    const zeile = seite.slice(seite.indexOf(`data-angebot="${angebotId}"`)).split("</tr>")[0] ?? "";
    expect(zeile).toMatch(/3\.000 €.*1\.300 €.*1\.700 €/);
    expect(await stand(angebotId, ifkB)).toBeUndefined();
  });

  it("an agreed Fortschreibung releases the replaced version's commitment and commits its own", async () => {
    const angebotId = await neuesAngebot();
    const plan = await createAbgestimmterPlan(ifk, HEUTE, mitAngebot(angebotId));
    const v2 = await ifk.send("POST", `/api/v1/kooperationsplaene/${plan.planId}/fortschreibung`);
    expect(v2.statusCode, v2.body).toBe(201);
    const saved = await ifk.send("PUT", `/api/v1/kooperationsplaene/${plan.planId}/versionen/2`, {
      inhalt: mitAngebot(angebotId, 150_000),
      lockVersion: v2.json().lockVersion,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await stand(angebotId))?.verbleibendCent).toBe(210_000);
    const agreed = await abstimmen(plan.planId, 2, saved.json().lockVersion as number);
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(await stand(angebotId)).toMatchObject({ gebundenCent: 150_000, verbleibendCent: 150_000 });
    const rows = await bindungen(plan.planId);
    expect(rows.map((r) => [r.nummer, Number(r.betrag_cent), r.freigabe_grund])).toEqual([
      [1, 90_000, "ersetzt"],
      [2, 150_000, null],
    ]);
    // Released at the app's clock, not the database's.
    expect(new Date(rows[0]?.freigegeben_am as Date).toISOString()).toBe(t.clock.now().toISOString());
  });

  it("ending the plan releases its commitment", async () => {
    const angebotId = await neuesAngebot();
    const plan = await createAbgestimmterPlan(ifk, HEUTE, mitAngebot(angebotId));
    expect((await stand(angebotId))?.verbleibendCent).toBe(210_000);
    const ende = await ifk.send("POST", `/api/v1/kooperationsplaene/${plan.planId}/beendigung`, {
      am: HEUTE,
      grund: "arbeitsaufnahme",
    });
    expect(ende.statusCode, ende.body).toBe(200);
    expect(await stand(angebotId)).toMatchObject({ gebundenCent: 0, verbleibendCent: 300_000 });
    expect((await bindungen(plan.planId)).map((r) => r.freigabe_grund)).toEqual(["beendet"]);
    const again = await ifk.send("POST", `/api/v1/kooperationsplaene/${plan.planId}/beendigung`, {
      am: HEUTE,
      grund: "arbeitsaufnahme",
    });
    expect(again.statusCode).toBe(409);
  });

  it("refuses an agreement that would overspend the budget, and commits nothing", async () => {
    const angebotId = await neuesAngebot(100_000, 90_000);
    await createAbgestimmterPlan(ifk, HEUTE, mitAngebot(angebotId));
    const zweiter = await createEntwurf(ifk, mitAngebot(angebotId));
    const res = await abstimmen(zweiter.planId, 1, zweiter.lockVersion);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe("budget.ueberschritten");
    const seite = await postForm(t.app, ifk, `/plaene/${zweiter.planId}/versionen/1/abstimmen`, {
      am: HEUTE,
      kanal: "persoenlich",
      lockVersion: String(zweiter.lockVersion),
    });
    expect(seite.statusCode).toBe(409);
    expect(seite.body).toContain("Das Budget eines Förderangebots reicht für diesen Plan nicht mehr.");
    expect(await bindungen(zweiter.planId)).toEqual([]);
    const version = await ifk.get(`/api/v1/kooperationsplaene/${zweiter.planId}/versionen/1`);
    expect(version.json().version.status).toBe("entwurf");
    expect((await stand(angebotId))?.verbleibendCent).toBe(10_000);
  });

  it("the editor shows the remaining budget after this plan, counting the replaced version's commitment", async () => {
    const angebotId = await neuesAngebot();
    await createAbgestimmterPlan(ifk, HEUTE, mitAngebot(angebotId, 50_000));
    const plan = await createAbgestimmterPlan(ifk, HEUTE, mitAngebot(angebotId));
    await ifk.send("POST", `/api/v1/kooperationsplaene/${plan.planId}/fortschreibung`);
    const editor = await ifk.get(`/plaene/${plan.planId}/versionen/2/bearbeiten`);
    expect(editor.statusCode).toBe(200);
    const eintrag = editor.body.slice(editor.body.indexOf('id="eintrag-u1"')).split("</li>")[0] ?? "";
    // 3.000 € − 500 € (other plan) − 900 € (this plan's new version; the replaced 900 € are released).
    expect(eintrag).toContain(`value="${angebotId}"`);
    expect(eintrag).toContain("Verbleibendes Budget nach diesem Plan: 1.600 €");
    // The offer list beside it uses the same committed figures.
    const vorschlag = editor.body.slice(editor.body.indexOf(`data-angebot="${angebotId}"`)).split("</li>")[0];
    expect(vorschlag).toContain("Verbleibendes Budget nach diesem Plan: 1.600 €");
  });
});

describe.each(BACKENDS)("Budget im Editor ohne JavaScript (%s)", (backend) => {
  let t: TestApp;
  let tl: Client;
  let ifk: Client;

  beforeAll(async () => {
    t = await createTestApp(backend);
    tl = await login(t.app, "tl_a");
    ifk = await login(t.app, "ifk_a1");
  });
  afterAll(() => t.close());

  const editorFelder = (html: string): Record<string, string> => {
    const felder: Record<string, string> = {};
    for (const m of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g))
      if (m[1] && m[1] !== "_csrf") felder[m[1]] = m[2] ?? "";
    for (const m of html.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
      if (m[1]) felder[m[1]] = m[2] ?? "";
    for (const m of html.matchAll(
      /<input[^>]*type="radio"[^>]*name="([^"]+)"[^>]*checked=""[^>]*value="([^"]*)"/g,
    ))
      if (m[1]) felder[m[1]] = m[2] ?? "";
    return felder;
  };

  it("the offer button assigns the offer; the estimate in euros is kept and checked", async () => {
    const angebot = await tl.send("POST", "/api/v1/angebote", angebotMit(500_000, 90_000));
    const angebotId = angebot.json().id as string;
    const entwurf = await createEntwurf(ifk, buildPlanInhalt({ unterstuetzung: [] }));
    const url = `/plaene/${entwurf.planId}/versionen/1/bearbeiten`;
    const api = `/api/v1/kooperationsplaene/${entwurf.planId}/versionen/1`;
    const seite = await ifk.get(url);
    const hinzu = await postForm(t.app, ifk, url, {
      ...editorFelder(seite.body),
      aktion: `angebot:${angebotId}`,
    });
    expect(hinzu.statusCode, hinzu.body.slice(0, 300)).toBe(303);
    const u = (await ifk.get(api)).json().version.inhalt.unterstuetzung as { angebotId?: string }[];
    expect(u).toEqual([expect.objectContaining({ angebotId })]);
    expect((await stand(ifk, angebotId))?.verbleibendCent).toBe(500_000);

    const mitAngebot = await ifk.get(url);
    expect(mitAngebot.body).toContain("Verbleibendes Budget nach diesem Plan: 4.100 €");
    const falsch = await postForm(t.app, ifk, url, {
      ...editorFelder(mitAngebot.body),
      "unterstuetzung.0.schaetzungCent": "viel",
      aktion: "speichern",
    });
    expect(falsch.statusCode).toBe(400);
    expect(falsch.body).toContain("Geben Sie den Betrag in Euro ein");
    expect(falsch.body).toContain('value="viel"');
    const gut = await postForm(t.app, ifk, url, {
      ...editorFelder(mitAngebot.body),
      "unterstuetzung.0.schaetzungCent": "1.250,50",
      aktion: "speichern",
    });
    expect(gut.statusCode).toBe(303);
    const gespeichert = (await ifk.get(api)).json().version.inhalt.unterstuetzung;
    expect(gespeichert).toEqual([expect.objectContaining({ angebotId, schaetzungCent: 125_050 })]);
    expect((await ifk.get(url)).body).toContain("Verbleibendes Budget nach diesem Plan: 3.749,50 €");
  });

  it("two agreements at the same time cannot both spend the last budget", async () => {
    const angebot = await tl.send("POST", "/api/v1/angebote", angebotMit(100_000, 90_000));
    const angebotId = angebot.json().id as string;
    const a = await createEntwurf(ifk, mitAngebot(angebotId));
    const b = await createEntwurf(ifk, mitAngebot(angebotId));
    const abstimmung = (e: { planId: string; lockVersion: number }) =>
      ifk.send("POST", `/api/v1/kooperationsplaene/${e.planId}/versionen/1/abstimmung`, {
        am: HEUTE,
        kanal: "persoenlich",
        lockVersion: e.lockVersion,
      });
    const antworten = await Promise.all([abstimmung(a), abstimmung(b)]);
    expect(antworten.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await stand(ifk, angebotId))?.verbleibendCent).toBe(10_000);
  });

  const stand = async (client: Client, angebotId: string): Promise<StandJson | undefined> =>
    ((await client.get("/api/v1/angebote/budget")).json().toepfe as StandJson[]).find(
      (s) => s.angebotId === angebotId,
    );
});
