import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portalAnmelden, portalEmpfaenger } from "./support/integritaetHilfen";
import { activate, passwortLogin } from "./support/portalHilfen";
import { createAbgestimmterPlan } from "./support/planFactories";
import { BACKENDS } from "./support/testDatabase";
import { HEUTE, createTestApp, login, type Client, type TestApp } from "./support/testApp";

const codeOf = (html: string) => /data-testid="aktivierungscode">([A-Z0-9-]+)</.exec(html)?.[1] ?? "";

/**
 * Issue 10, "portal account takeover by a new activation code": a new code for an activated account is
 * a reset. It needs a reason, ends every portal session of the account, is audited with the reason,
 * and the person is told in the portal.
 */
describe.each(BACKENDS)("resetting an activated portal account (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
  });
  afterAll(() => t.close());

  it("refuses a new code for an activated account without a reason and changes nothing", async () => {
    const { personId } = await createAbgestimmterPlan(ifk, HEUTE);
    const r = await portalEmpfaenger(t, ifk, personId, `ohne.grund.${backend}`);
    const res = await ifk.send("POST", `/personen/${personId}/portal/zugang`, { _csrf: ifk.csrf });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Grund");
    expect(codeOf(res.body)).toBe("");
    expect((await r.get("/portal")).statusCode).toBe(200);
  });

  it("a reset with a reason ends all sessions, is audited with the reason, and the person is told", async () => {
    const { personId } = await createAbgestimmterPlan(ifk, HEUTE);
    const name = `reset.${backend}`;
    const r1 = await portalEmpfaenger(t, ifk, personId, name);
    const r2 = await portalAnmelden(t, name);
    expect((await r2.get("/portal")).statusCode).toBe(200);
    const res = await ifk.send("POST", `/personen/${personId}/portal/zugang`, {
      _csrf: ifk.csrf,
      grund: "Person hat das Passwort vergessen (Anruf am 26.11.)",
    });
    expect(res.statusCode).toBe(201);
    const code = codeOf(res.body);
    expect(code).not.toBe("");
    for (const r of [r1, r2]) {
      const danach = await r.get("/portal");
      expect(danach.statusCode).toBe(303);
      expect(danach.headers.location).toContain("/portal/anmelden");
    }
    const sitzungen = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM portal_sitzung s JOIN portal_konto k ON k.id = s.konto_id WHERE k.person_id = $1",
        [personId],
      ),
    );
    expect(sitzungen[0]?.n).toBe(0);
    const audit = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ aktion: string; akteur_rolle: string; details: Record<string, unknown> }>(
        "SELECT aktion, akteur_rolle, details FROM audit_log WHERE person_id = $1 AND objekt = 'portal_konto' ORDER BY id",
        [personId],
      ),
    );
    expect(audit.at(-1)).toMatchObject({
      aktion: "aendern",
      akteur_rolle: "integrationsfachkraft",
      details: {
        zurueckgesetzt: true,
        grund: "Person hat das Passwort vergessen (Anruf am 26.11.)",
        sitzungenBeendet: 2,
      },
    });
    // Whoever signs in next (with the old password or after using the new code) is told.
    const neu = await activate(t.app, code, `${name}.neu`, "Neues-Passwort-2026");
    expect(neu.statusCode).toBe(303);
    const login2 = await passwortLogin(t.app, `${name}.neu`, "Neues-Passwort-2026");
    expect(login2.statusCode).toBe(303);
    const cookie = `${login2.cookies.map((c) => `${c.name}=${c.value}`).join("; ")}; kp_portal_sprache=de`;
    const start = await t.app.inject({ method: "GET", url: "/portal", headers: { cookie } });
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain('data-testid="zugang-zurueckgesetzt"');
    expect(start.body).toContain("26.11.2026");
    expect(start.body).toContain("zurückgesetzt");
  });

  it("a new code for an account not yet activated needs no reason", async () => {
    const { personId } = await createAbgestimmterPlan(ifk, HEUTE);
    const erst = await ifk.send("POST", `/personen/${personId}/portal/zugang`, { _csrf: ifk.csrf });
    expect(erst.statusCode).toBe(201);
    const nochmal = await ifk.send("POST", `/personen/${personId}/portal/zugang`, { _csrf: ifk.csrf });
    expect(nochmal.statusCode).toBe(201);
    expect(codeOf(nochmal.body)).not.toBe("");
  });
});
