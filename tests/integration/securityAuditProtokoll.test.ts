import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "./support/planFactories";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, login, type Client, type TestApp } from "./support/testApp";

/**
 * Issue 10, "the audit protocol API": administration ("no person data") reads no person's protocol,
 * and a person of another jobcentre is not found (404) for every role, on the API and the page.
 */
describe.each(BACKENDS)("the per-person audit protocol (%s)", (backend) => {
  let t: TestApp;
  let personA: string;
  let personB: string;
  const clients: Record<string, Client> = {};

  beforeAll(async () => {
    t = await createTestApp(backend);
    for (const name of ["ifk_a1", "tl_a", "admin_a", "ds_a", "ifk_b"])
      clients[name] = await login(t.app, name);
    personA = await createPerson(clients.ifk_a1 as Client);
    personB = await createPerson(clients.ifk_b as Client);
    // Rows as the use cases write them: a Potenzialanalyse with the health answer and a decision
    // on a reduction.
    await t.tdb.db.ownerTransaction((sql) =>
      sql.query(
        `INSERT INTO audit_log (at, jobcenter_id, akteur_rolle, aktion, objekt, objekt_id, person_id, details)
         VALUES ($1, $2, 'integrationsfachkraft', 'anlegen', 'potenzialanalyse', $3::text, $3::uuid, '{"gesundheit": true}'),
                ($1, $2, 'integrationsfachkraft', 'anlegen', 'rechtsfolgen_entscheidung', $3::text, $3::uuid,
                 '{"entscheidung": "festgestellt", "prozent": 30, "monate": 3}')`,
        [new Date("2026-11-26T09:00:00+01:00"), t.jobcenterA, personA],
      ),
    );
  });
  afterAll(() => t.close());

  it("administration gets no protocol of a person: 403 problem+json without any content", async () => {
    const admin = clients.admin_a as Client;
    const api = await admin.get(`/api/v1/personen/${personA}/protokoll`);
    expect(api.statusCode).toBe(403);
    expect(api.headers["content-type"]).toContain("application/problem+json");
    const page = await admin.get(`/personen/${personA}/protokoll`);
    expect(page.statusCode).toBe(403);
    for (const body of [api.body, page.body]) {
      expect(body).not.toMatch(/gesundheit|art9|prozent|festgestellt|potenzialanalyse/i);
      expect(body).not.toContain(personA);
    }
  });

  it("the team lead sees the sanction details but never the health answer; the officer sees neither", async () => {
    const tl = await (clients.tl_a as Client).get(`/api/v1/personen/${personA}/protokoll`);
    expect(tl.statusCode).toBe(200);
    const tlDetails = (tl.json().eintraege as { objekt: string; details: Record<string, unknown> }[]).map(
      (e) => [e.objekt, e.details],
    );
    expect(tlDetails).toEqual(
      expect.arrayContaining([
        ["potenzialanalyse", { art9: true }],
        ["rechtsfolgen_entscheidung", { entscheidung: "festgestellt", prozent: 30, monate: 3 }],
      ]),
    );
    const ds = await (clients.ds_a as Client).get(`/api/v1/personen/${personA}/protokoll`);
    expect(ds.statusCode).toBe(200);
    expect(ds.body).not.toMatch(/gesundheit|prozent|festgestellt/);
  });

  it.each(["tl_a", "admin_a", "ds_a", "ifk_a1"])(
    "%s gets 404 for a person of another jobcentre, on the API and the page",
    async (name) => {
      const c = clients[name] as Client;
      const api = await c.get(`/api/v1/personen/${personB}/protokoll`);
      expect(api.statusCode).toBe(404);
      expect(api.json().code).toBe("nicht_gefunden");
      expect((await c.get(`/personen/${personB}/protokoll`)).statusCode).toBe(404);
      const unbekannt = await c.get(`/api/v1/personen/00000000-0000-4000-8000-000000000000/protokoll`);
      expect(unbekannt.statusCode).toBe(404);
    },
  );
});
