import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlanInhalt } from "./support/factories";
import { BACKENDS } from "./support/testDatabase";
import { countRows, createTestApp, faelle, login, type Client, type TestApp } from "./support/testApp";

const TABLES = [
  "leistungsberechtigte",
  "potenzialanalyse",
  "kooperationsplan",
  "plan_version",
  "terminvermerk",
];

describe.each(BACKENDS)("every endpoint validates its input (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let personId: string;
  let planId: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
    const entwurf = (await faelle(ifk, "entwurf"))[0];
    personId = entwurf?.personId as string;
    planId = entwurf?.planId as string;
  });
  afterAll(() => t.close());

  async function snapshot() {
    return Promise.all(TABLES.map((table) => countRows(t.tdb, table)));
  }

  const cases: [string, "GET" | "POST" | "PUT", () => string, unknown, string[]][] = [
    [
      "person without names and with a bad BG number",
      "POST",
      () => "/api/v1/personen",
      { vorname: "", geburtsdatum: "1990-02-30", bgNummer: "123" },
      ["vorname", "nachname", "geburtsdatum", "bgNummer"],
    ],
    [
      "person with an invalid e-mail and language",
      "POST",
      () => "/api/v1/personen",
      {
        vorname: "A",
        nachname: "B",
        geburtsdatum: "1990-01-01",
        bgNummer: "12345BG0000001",
        email: "kein-mail",
        sprache: "xx",
      },
      ["email", "sprache"],
    ],
    [
      "Potenzialanalyse without date and with unknown language level",
      "POST",
      () => `/api/v1/personen/${personId}/potenzialanalysen`,
      { sprachniveauDeutsch: "Z9" },
      ["datum", "sprachniveauDeutsch"],
    ],
    [
      "Terminvermerk 'sonstiges' without remark",
      "POST",
      () => `/api/v1/personen/${personId}/terminvermerke`,
      { datum: "2026-11-26", grund: "sonstiges" },
      ["bemerkung"],
    ],
    [
      "draft with an empty step text and a bad deadline",
      "PUT",
      () => `/api/v1/kooperationsplaene/${planId}/versionen/1`,
      {
        inhalt: buildPlanInhalt({ schritte: [{ id: "s1", text: " ", frist: "31.12.2026" }] }),
        lockVersion: 1,
      },
      ["inhalt.schritte.0.text", "inhalt.schritte.0.frist"],
    ],
    [
      "draft with a goal far too long",
      "PUT",
      () => `/api/v1/kooperationsplaene/${planId}/versionen/1`,
      { inhalt: buildPlanInhalt({ berufsziel: "x".repeat(501) }), lockVersion: 1 },
      ["inhalt.berufsziel"],
    ],
    [
      "draft without lock version",
      "PUT",
      () => `/api/v1/kooperationsplaene/${planId}/versionen/1`,
      { inhalt: buildPlanInhalt() },
      ["lockVersion"],
    ],
    [
      "agreement with unknown channel and bad date",
      "POST",
      () => `/api/v1/kooperationsplaene/${planId}/versionen/1/abstimmung`,
      { am: "gestern", kanal: "fax", lockVersion: 1 },
      ["am", "kanal"],
    ],
    ["person id that is no UUID", "GET", () => "/api/v1/personen/123", undefined, ["personId"]],
    [
      "version number that is no number",
      "GET",
      () => `/api/v1/kooperationsplaene/${planId}/versionen/eins`,
      undefined,
      ["nummer"],
    ],
    ["unknown caseload filter", "GET", () => "/api/v1/faelle?status=irgendwas", undefined, ["status"]],
  ];

  it.each(cases)(
    "refuses %s with 400 problem+json naming the fields, and stores nothing",
    async (_name, method, url, body, felder) => {
      const before = await snapshot();
      const res = method === "GET" ? await ifk.get(url()) : await ifk.send(method, url(), body);
      expect(res.statusCode).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      const problem = res.json();
      expect(problem).toMatchObject({
        status: 400,
        code: "validierung",
        type: "urn:kooperationsplan:problem:validierung",
      });
      const named = problem.errors.map((e: { feld: string }) => e.feld);
      for (const feld of felder) expect(named.some((n: string) => n.endsWith(feld))).toBe(true);
      for (const e of problem.errors) expect(e.meldung).toMatch(/^[A-ZÄÖÜ].*\.$/);
      expect(await snapshot()).toEqual(before);
    },
  );

  it("refuses malformed JSON with a problem, never a stack trace", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/personen",
      headers: { cookie: ifk.cookie, "x-csrf-token": ifk.csrf, "content-type": "application/json" },
      payload: "{kaputt",
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.body).not.toMatch(/at .*\.ts|node_modules/);
  });

  it("refuses agreeing a draft without goal or steps (§ 15 Abs. 2 Satz 2 SGB II) and leaves it a draft", async () => {
    const version = (await ifk.get(`/api/v1/kooperationsplaene/${planId}/versionen/1`)).json().version;
    await ifk.send("PUT", `/api/v1/kooperationsplaene/${planId}/versionen/1`, {
      inhalt: buildPlanInhalt({ schritte: [] }),
      lockVersion: version.lockVersion,
    });
    const res = await ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/versionen/1/abstimmung`, {
      am: "2026-11-26",
      kanal: "post",
      lockVersion: version.lockVersion + 1,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("plan.schritt_fehlt");
    expect((await ifk.get(`/api/v1/kooperationsplaene/${planId}/versionen/1`)).json().version.status).toBe(
      "entwurf",
    );
  });

  it("refuses an agreement date in the future", async () => {
    const version = (await ifk.get(`/api/v1/kooperationsplaene/${planId}/versionen/1`)).json().version;
    await ifk.send("PUT", `/api/v1/kooperationsplaene/${planId}/versionen/1`, {
      inhalt: buildPlanInhalt(),
      lockVersion: version.lockVersion,
    });
    const res = await ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/versionen/1/abstimmung`, {
      am: "2026-11-27",
      kanal: "post",
      lockVersion: version.lockVersion + 1,
    });
    expect(res.json().code).toBe("plan.abstimmung_in_zukunft");
  });
});
