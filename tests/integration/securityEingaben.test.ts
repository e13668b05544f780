import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPersonInput } from "./support/factories";
import { postForm } from "./support/formular";
import { createAbgestimmterPlan, createEntwurf, createPerson } from "./support/planFactories";
import { BACKENDS } from "./support/testDatabase";
import { HEUTE, createTestApp, login, type Client, type TestApp } from "./support/testApp";

/**
 * Issue 10, low findings at the boundary: a NUL character in any text is refused with 400 (not 500);
 * the editor answers a conflict with its form (not 500) when a step's optional fields are missing;
 * simultaneous creations and Fortschreibungen answer 409 problem+json, never 500.
 */
describe.each(BACKENDS)("input and concurrency at the boundary (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
  });
  afterAll(() => t.close());

  it("refuses a NUL character in a JSON body, a query and a path with 400 problem+json", async () => {
    const antworten = [
      await ifk.send("POST", "/api/v1/personen", buildPersonInput({ nachname: "Mül\u0000ler" })),
      await ifk.get("/api/v1/faelle?status=alle%00"),
      await ifk.get("/api/v1/personen/abc%00def"),
      await t.app.inject({
        method: "POST",
        url: "/api/v1/sitzung",
        payload: { benutzername: "ifk_a1\u0000", passwort: "x" },
      }),
    ];
    for (const res of antworten) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json().code).toBe("eingabe.nullzeichen");
    }
  });

  it("refuses a NUL character in a form with a 400 page, also in the portal", async () => {
    const personId = await createPerson(ifk);
    const form = await postForm(t.app, ifk, `/personen/${personId}/portal/uebersetzungen`, {
      text: "a\u0000b",
    });
    expect(form.statusCode).toBe(400);
    expect(form.headers["content-type"]).toContain("text/html");
    const portal = await t.app.inject({
      method: "POST",
      url: "/portal/anmelden",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "benutzername=a%00b&passwort=x&_csrf=x",
    });
    expect(portal.statusCode).toBe(400);
  });

  it("answers a stale save from the editor with the form and 409 when the steps omit optional fields", async () => {
    const e = await createEntwurf(ifk);
    const url = `/plaene/${e.planId}/versionen/1/bearbeiten`;
    const felder = { berufsziel: "Lagerist", "schritte.0.text": "Ich bewerbe mich.", aktion: "speichern" };
    expect(
      (await postForm(t.app, ifk, url, { ...felder, lockVersion: String(e.lockVersion) })).statusCode,
    ).toBe(303);
    const stale = await postForm(t.app, ifk, url, { ...felder, lockVersion: String(e.lockVersion) });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers["content-type"]).toContain("text/html");
    expect(stale.body).toContain("Ich bewerbe mich.");
  });

  it("ten simultaneous plan creations for one person: one 201, the others 409 problem+json", async () => {
    const personId = await createPerson(ifk);
    const antworten = await Promise.all(
      Array.from({ length: 10 }, () => ifk.send("POST", `/api/v1/personen/${personId}/kooperationsplan`)),
    );
    const status = antworten.map((r) => r.statusCode).sort();
    expect(status).toEqual([201, ...Array(9).fill(409)]);
    for (const r of antworten.filter((x) => x.statusCode === 409)) {
      expect(r.headers["content-type"]).toContain("application/problem+json");
      expect(["plan.existiert", "konflikt.gleichzeitig"]).toContain(r.json().code);
    }
  });

  it("ten simultaneous Fortschreibungen of one plan: one 201, the others 409 problem+json", async () => {
    const { planId } = await createAbgestimmterPlan(ifk, HEUTE);
    const antworten = await Promise.all(
      Array.from({ length: 10 }, () =>
        ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/fortschreibung`),
      ),
    );
    expect(antworten.map((r) => r.statusCode).sort()).toEqual([201, ...Array(9).fill(409)]);
    for (const r of antworten.filter((x) => x.statusCode === 409)) {
      expect(r.headers["content-type"]).toContain("application/problem+json");
      expect(["plan.entwurf_existiert", "konflikt.gleichzeitig"]).toContain(r.json().code);
    }
  });
});
