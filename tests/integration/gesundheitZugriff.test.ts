import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEntwurf } from "./support/planFactories";
import { activate, cookiesOf, openZugang, passwortLogin } from "./support/portalHilfen";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, HEUTE, login, type Client, type TestApp } from "./support/testApp";

/**
 * Art. 9 DSGVO: the health flag and note of the Potenzialanalyse reach only the person's responsible
 * counsellor. Every role of the app is asked on every surface that could show them.
 */
const HINWEIS = "Kann nicht lange stehen.";
/** The label of the health row on the person page (de.pa.gesundheit). */
const FLAG_ZEILE = "Gesundheitliche Einschränkungen, die die Arbeitssuche erschweren";
/** The completeness hint that only a health flag triggers (domain/qualitaet/regeln.ts). */
const REHA_HINWEIS = "Die Potenzialanalyse nennt eine gesundheitliche Einschränkung";

const enthaeltGesundheit = (body: string) =>
  body.includes(HINWEIS) ||
  body.includes(FLAG_ZEILE) ||
  body.includes(REHA_HINWEIS) ||
  body.includes('data-gesundheit="ja"') ||
  /"gesundheitlicheEinschraenkung"|"gesundheitHinweis"/.test(body);

type Rolle = "zustaendig" | "kollegin" | "teamleitung" | "admin" | "datenschutz" | "fremdesJobcenter";
const BENUTZER: Record<Rolle, string> = {
  zustaendig: "ifk_a1",
  kollegin: "ifk_a2",
  teamleitung: "tl_a",
  admin: "admin_a",
  datenschutz: "ds_a",
  fremdesJobcenter: "ifk_b",
};

/** Who sees health data, per surface (status and whether the body shows it). */
const ERWARTET: Record<Rolle, { person: number; api: number; editor: number; sieht: boolean }> = {
  zustaendig: { person: 200, api: 200, editor: 200, sieht: true },
  kollegin: { person: 404, api: 404, editor: 404, sieht: false },
  teamleitung: { person: 200, api: 200, editor: 200, sieht: false },
  admin: { person: 403, api: 403, editor: 403, sieht: false },
  datenschutz: { person: 403, api: 403, editor: 403, sieht: false },
  fremdesJobcenter: { person: 404, api: 404, editor: 404, sieht: false },
};

/** A new person of the client's caseload with a draft plan and a Potenzialanalyse with a health flag. */
async function personMitGesundheit(c: Client) {
  const entwurf = await createEntwurf(c);
  const pa = await c.send("POST", `/api/v1/personen/${entwurf.personId}/potenzialanalysen`, {
    datum: HEUTE,
    sprachniveauDeutsch: "B2",
    gesundheitlicheEinschraenkung: true,
    gesundheitHinweis: HINWEIS,
  });
  expect(pa.statusCode, pa.body).toBe(201);
  return entwurf;
}

describe.each(BACKENDS)("health data only for the responsible counsellor (%s)", (backend) => {
  let t: TestApp;
  const clients = {} as Record<Rolle, Client>;
  let personId: string;
  let planId: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    for (const [rolle, name] of Object.entries(BENUTZER)) clients[rolle as Rolle] = await login(t.app, name);
    ({ personId, planId } = await personMitGesundheit(clients.zustaendig));
  });
  afterAll(() => t.close());

  const flaechen = (c: Client) => ({
    person: () => c.get(`/personen/${personId}`),
    api: () => c.get(`/api/v1/personen/${personId}`),
    editor: () => c.get(`/plaene/${planId}/versionen/1/bearbeiten`),
  });

  it.each(Object.keys(ERWARTET) as Rolle[])("%s: person page, API and plan assistant", async (rolle) => {
    const erwartet = ERWARTET[rolle];
    const f = flaechen(clients[rolle]);
    const antworten: Record<"person" | "api" | "editor", LightMyRequestResponse> = {
      person: await f.person(),
      api: await f.api(),
      editor: await f.editor(),
    };
    for (const [flaeche, res] of Object.entries(antworten) as [
      keyof typeof antworten,
      LightMyRequestResponse,
    ][]) {
      expect(res.statusCode, `${rolle} ${flaeche}`).toBe(erwartet[flaeche]);
      if (res.statusCode === 200)
        expect(enthaeltGesundheit(res.body), `${rolle} ${flaeche}`).toBe(erwartet.sieht);
      else expect(enthaeltGesundheit(res.body), `${rolle} ${flaeche}`).toBe(false);
    }
    if (erwartet.api === 200) {
      const akte = antworten.api.json();
      expect(akte.gesundheitSichtbar).toBe(erwartet.sieht);
      if (erwartet.sieht) {
        expect(akte.potenzialanalysen[0]).toMatchObject({
          gesundheitlicheEinschraenkung: true,
          gesundheitHinweis: HINWEIS,
        });
      } else {
        expect(akte.potenzialanalysen[0]).not.toHaveProperty("gesundheitlicheEinschraenkung");
        expect(akte.potenzialanalysen[0]).not.toHaveProperty("gesundheitHinweis");
        // The rest of the analysis stays readable for the team lead.
        expect(akte.potenzialanalysen[0].sprachniveauDeutsch).toBe("B2");
      }
    }
  });

  it("the team lead's and the DPO's audit views mark the Art. 9 access without its content", async () => {
    const protokoll = await clients.teamleitung.get(`/api/v1/personen/${personId}/protokoll`);
    expect(protokoll.statusCode).toBe(200);
    expect(protokoll.body).not.toMatch(/"gesundheit"|gesundheitSichtbar|lange stehen/);
    expect(protokoll.body).toContain('"art9":true');
    const jobcenter = await clients.datenschutz.get(`/api/v1/zugriffsprotokoll?personId=${personId}`);
    expect(jobcenter.statusCode).toBe(200);
    expect(jobcenter.body).not.toMatch(/"gesundheit"|gesundheitSichtbar|lange stehen/);
  });

  it("the stored audit rows hold that Art. 9 data was touched, never the health answer", async () => {
    const rows = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ details: Record<string, unknown> }>(
        "SELECT details FROM audit_log WHERE person_id = $1 AND objekt = 'potenzialanalyse'",
        [personId],
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.details).not.toHaveProperty("gesundheit");
  });

  it("the recipient's portal shows no health data and cannot reach the staff API", async () => {
    const eigen = await personMitGesundheit(clients.zustaendig);
    const abgestimmt = await clients.zustaendig.send(
      "POST",
      `/api/v1/kooperationsplaene/${eigen.planId}/versionen/1/abstimmung`,
      { am: HEUTE, kanal: "persoenlich", lockVersion: eigen.lockVersion },
    );
    expect(abgestimmt.statusCode, abgestimmt.body).toBe(200);
    const code = await openZugang(clients.zustaendig, eigen.personId);
    expect((await activate(t.app, code, "gesund.portal", "Sicheres-Passwort-1")).statusCode).toBe(303);
    const angemeldet = await passwortLogin(t.app, "gesund.portal", "Sicheres-Passwort-1");
    expect(angemeldet.statusCode).toBe(303);
    const cookie = `${cookiesOf(angemeldet)}; kp_portal_sprache=de`;
    const get = (url: string) => t.app.inject({ method: "GET", url, headers: { cookie } });
    const start = await get("/portal");
    expect(start.statusCode).toBe(200);
    expect(enthaeltGesundheit(start.body)).toBe(false);
    for (const url of [`/api/v1/personen/${eigen.personId}`, `/personen/${eigen.personId}`]) {
      const res = await get(url);
      expect(res.statusCode, url).not.toBe(200);
      expect(enthaeltGesundheit(res.body), url).toBe(false);
    }
  });

  it("under the app role the team lead cannot read the health columns, the responsible counsellor can", async () => {
    const ctx = (rolle: string, userId: string) => ({ jobcenterId: t.jobcenterA, userId, rolle });
    const ids = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ id: string; benutzername: string }>(
        "SELECT id, benutzername FROM mitarbeitende WHERE benutzername IN ('ifk_a1', 'tl_a')",
      ),
    );
    const id = (n: string) => ids.find((r) => r.benutzername === n)?.id as string;
    const lesen = (rolle: string, userId: string) =>
      t.tdb.db.transaction(ctx(rolle, userId), (sql) =>
        sql.query<{ gesundheitliche_einschraenkung: boolean | null; gesundheit_hinweis: string | null }>(
          "SELECT gesundheitliche_einschraenkung, gesundheit_hinweis FROM kp_potenzialanalyse_gesundheit($1)",
          [personId],
        ),
      );
    expect(await lesen("integrationsfachkraft", id("ifk_a1"))).toEqual([
      { gesundheitliche_einschraenkung: true, gesundheit_hinweis: HINWEIS },
    ]);
    expect(await lesen("teamleitung", id("tl_a"))).toEqual([]);
    await expect(
      t.tdb.db.transaction(ctx("teamleitung", id("tl_a")), (sql) =>
        sql.query("SELECT gesundheit_hinweis FROM potenzialanalyse WHERE person_id = $1", [personId]),
      ),
    ).rejects.toThrow(/permission denied/);
  });
});
