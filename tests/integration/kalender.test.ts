import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlanInhalt } from "./support/factories";
import { postForm } from "./support/formular";
import { createAbgestimmterPlan } from "./support/planFactories";
import { activate, cookiesOf, csrfOf, openZugang, passwortLogin } from "./support/portalHilfen";
import { asRecipient } from "../../src/adapters/db/repositories/portalAuthStore";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, HEUTE, login, type Client, type TestApp } from "./support/testApp";

/**
 * Issue 12 § 2: every appointment and step deadline of the current plan as a calendar (Europe/Berlin,
 * all-day deadlines, stable UIDs), and a subscription link that the person (portal) or the counsellor
 * makes, renews and ends. The feed has no session: only the token counts.
 */

const PASSWORT = "Kalender-Passwort-1";
const LINK = /\/kalender\/([A-Za-z0-9_-]{43})\.ics/;
let nr = 0;

interface Empfaenger {
  personId: string;
  planId: string;
  post(url: string): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
}

const unfold = (ics: string) => ics.replace(/\r\n /g, "");
const uids = (ics: string) => [...unfold(ics).matchAll(/^UID:(.+)$/gm)].map((m) => (m[1] as string).trim());
/** The event of a UID, unfolded. */
const ereignis = (ics: string, uid: string) =>
  unfold(ics)
    .split("BEGIN:VEVENT")
    .find((e) => e.includes(`UID:${uid}\r\n`)) ?? "";

describe.each(BACKENDS)("calendar and subscription (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
  });
  afterAll(() => t.close());

  /** A new person of ifk_a1 with an agreed plan and an activated, signed-in portal account. */
  async function empfaenger(inhalt = buildPlanInhalt(), person: Record<string, unknown> = {}) {
    const plan = await createAbgestimmterPlan(ifk, HEUTE, inhalt, person);
    const code = await openZugang(ifk, plan.personId);
    const benutzername = `kalender.${backend}.${++nr}`;
    expect((await activate(t.app, code, benutzername, PASSWORT)).statusCode).toBe(303);
    const login = await passwortLogin(t.app, benutzername, PASSWORT);
    expect(login.statusCode).toBe(303);
    const cookie = `${cookiesOf(login)}; kp_portal_sprache=de`;
    const start = await t.app.inject({ method: "GET", url: "/portal", headers: { cookie } });
    const csrf = csrfOf(start.body);
    const e: Empfaenger = {
      personId: plan.personId,
      planId: plan.planId,
      post: (url) => t.app.inject({ method: "POST", url, headers: { cookie }, payload: { _csrf: csrf } }),
      get: (url) => t.app.inject({ method: "GET", url, headers: { cookie } }),
    };
    return e;
  }

  /** A recipient and their row-level-security context (portal account, jobcentre, person). */
  async function empfaengerMitKonto() {
    const e = await empfaenger();
    const [k] = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ id: string; jobcenter_id: string }>(
        "SELECT id, jobcenter_id FROM portal_konto WHERE person_id = $1",
        [e.personId],
      ),
    );
    return { e, akteur: { kontoId: k?.id ?? "", jobcenterId: k?.jobcenter_id ?? "", personId: e.personId } };
  }

  async function abonniere(e: Empfaenger): Promise<string> {
    const res = await e.post("/portal/kalender");
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return LINK.exec(res.body)?.[1] as string;
  }

  const feed = (token: string) => t.app.inject({ method: "GET", url: `/kalender/${token}.ics` });

  const auditZeilen = (personId: string) =>
    t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ aktion: string; objekt: string; objekt_id: string | null }>(
        "SELECT aktion, objekt, objekt_id FROM audit_log WHERE person_id = $1 ORDER BY id",
        [personId],
      ),
    );

  const abos = () =>
    t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ id: string; widerrufen_am: Date | null }>(
        "SELECT id, widerrufen_am FROM kalender_abo ORDER BY id",
      ),
    );

  it("the feed holds every step deadline all-day and the appointment in Europe/Berlin, one audit row per read", async () => {
    const e = await empfaenger(
      buildPlanInhalt({ naechsterTermin: { datum: "2026-12-10", uhrzeit: "09:30", ort: "Raum 1, 2. OG" } }),
    );
    const token = await abonniere(e);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const vorher = (await auditZeilen(e.personId)).length;
    const res = await feed(token);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("private, no-store");
    const ics = res.body;
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin");
    expect(ics).toContain("DTSTART;TZID=Europe/Berlin:20261210T093000");
    expect(unfold(ics)).toContain("LOCATION:Raum 1\\, 2. OG");
    for (const [tag, folgetag] of [
      ["20270131", "20270201"],
      ["20261215", "20261216"],
      ["20270210", "20270211"],
    ])
      expect(ics).toContain(`DTSTART;VALUE=DATE:${tag}\r\nDTEND;VALUE=DATE:${folgetag}`);
    expect(uids(ics)).toHaveLength(4);
    const neu = (await auditZeilen(e.personId)).slice(vorher);
    expect(neu).toEqual([{ aktion: "exportieren", objekt: "kalender_abo", objekt_id: expect.any(String) }]);
    // The token itself is never stored, only its hash.
    const gespeichert = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ n: number }>("SELECT count(*)::int AS n FROM kalender_abo WHERE token_hash = $1", [token]),
    );
    expect(gespeichert[0]?.n).toBe(0);
  });

  it("keeps the UIDs across a Fortschreibung, so the calendar updates the changed deadline instead of adding one", async () => {
    const e = await empfaenger();
    const token = await abonniere(e);
    const vorher = (await feed(token)).body;
    const v2 = await ifk.send("POST", `/api/v1/kooperationsplaene/${e.planId}/fortschreibung`);
    expect(v2.statusCode).toBe(201);
    const inhalt = v2.json().inhalt;
    inhalt.schritte[1].frist = "2027-01-20";
    const gespeichert = await ifk.send("PUT", `/api/v1/kooperationsplaene/${e.planId}/versionen/2`, {
      inhalt,
      lockVersion: v2.json().lockVersion,
    });
    expect(gespeichert.statusCode, gespeichert.body).toBe(200);
    const agreed = await ifk.send("POST", `/api/v1/kooperationsplaene/${e.planId}/versionen/2/abstimmung`, {
      am: HEUTE,
      kanal: "persoenlich",
      lockVersion: gespeichert.json().lockVersion,
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    const nachher = (await feed(token)).body;
    expect(uids(nachher).sort()).toEqual(uids(vorher).sort());
    const s2 = uids(nachher).find((u) => u.includes("s2")) as string;
    expect(ereignis(nachher, s2)).toContain("DTSTART;VALUE=DATE:20270120");
    expect(ereignis(nachher, s2)).toContain("SEQUENCE:1");
    const s1 = uids(nachher).find((u) => u.includes("s1")) as string;
    expect(ereignis(nachher, s1)).toContain("SEQUENCE:0");
  });

  it("renewing revokes the old link; after ending, the link is a 404 and nothing else changes", async () => {
    const e = await empfaenger();
    const alt = await abonniere(e);
    const neu = await abonniere(e);
    expect(neu).not.toBe(alt);
    // The link is shown once: the page afterwards names the subscription, not its link.
    const start = await e.get("/portal");
    expect(start.body).not.toContain(neu);
    expect(start.body).toContain("Abo beenden");
    expect((await feed(alt)).statusCode).toBe(404);
    expect((await feed(neu)).statusCode).toBe(200);
    const beendet = await e.post("/portal/kalender/beenden");
    expect(beendet.statusCode).toBe(200);
    const zeilenVorher = await auditZeilen(e.personId);
    const abosVorher = await abos();
    const res = await feed(neu);
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().code).toBe("nicht_gefunden");
    expect(await auditZeilen(e.personId)).toEqual(zeilenVorher);
    expect(await abos()).toEqual(abosVorher);
    // Creating, renewing and ending wrote one row each; the revoked link's read wrote none.
    const abo = zeilenVorher.filter((z) => z.objekt === "kalender_abo").map((z) => z.aktion);
    expect(abo).toEqual(["anlegen", "anlegen", "exportieren", "aendern"]);
  });

  it("a person's token never yields another person's data", async () => {
    const a = await empfaenger(
      buildPlanInhalt({ schritte: [{ id: "s1", text: "Ich besuche den Kurs Alpha.", frist: "2027-01-05" }] }),
    );
    const b = await empfaenger(
      buildPlanInhalt({ schritte: [{ id: "s1", text: "Ich besuche den Kurs Beta.", frist: "2027-01-06" }] }),
    );
    const [ta, tb] = [await abonniere(a), await abonniere(b)];
    const [fa, fb] = [unfold((await feed(ta)).body), unfold((await feed(tb)).body)];
    expect(fa).toContain("Alpha");
    expect(fa).not.toContain("Beta");
    expect(fa).not.toContain(b.planId);
    expect(fb).toContain("Beta");
    expect(fb).not.toContain(a.planId);
  });

  it("row-level security: a person's context sees only their own subscription, and no one rewrites a token hash", async () => {
    const [a, b] = [await empfaengerMitKonto(), await empfaengerMitKonto()];
    await abonniere(a.e);
    await abonniere(b.e);
    const gesehen = await asRecipient(t.tdb.db, a.akteur, (sql) =>
      sql.query<{ person_id: string }>("SELECT person_id FROM kalender_abo"),
    );
    expect(gesehen.map((r) => r.person_id)).toEqual([a.e.personId]);
    await expect(
      asRecipient(t.tdb.db, a.akteur, (sql) =>
        sql.query("UPDATE kalender_abo SET token_hash = $1", ["f".repeat(64)]),
      ),
    ).rejects.toThrow(/permission denied|keine Berechtigung/i);
  });

  it("the person's feed speaks their preferred language", async () => {
    const e = await empfaenger(undefined, { sprache: "en" });
    const ics = unfold((await feed(await abonniere(e))).body);
    expect(ics).toContain("SUMMARY:Deadline: Ich melde mich zum Staplerkurs an.");
  });

  it("the counsellor's feed covers their caseload by BG number, without names or entry texts", async () => {
    const bgNummer = `88888BG${String(++nr).padStart(7, "0")}`;
    const e = await empfaenger(
      buildPlanInhalt({ schritte: [{ id: "s1", text: "Ich gehe zur Suchtberatung.", frist: "2027-01-07" }] }),
      { nachname: "Kalendermann", bgNummer },
    );
    const seite = await ifk.get("/mein-kalender");
    expect(seite.statusCode).toBe(200);
    const res = await postForm(t.app, ifk, "/mein-kalender/abo", {});
    expect(res.statusCode).toBe(200);
    const token = LINK.exec(res.body)?.[1] as string;
    const ics = unfold((await feed(token)).body);
    expect(ics).toContain(`SUMMARY:BG ${bgNummer}: Frist eines Schritts`);
    expect(ics).toContain(`frist-s1-${e.planId}@kooperationsplan`);
    expect(ics).not.toContain("Kalendermann");
    expect(ics).not.toContain("Suchtberatung");
    // Another counsellor's feed does not hold ifk_a1's persons.
    const kollegin = await login(t.app, "ifk_a2");
    const fremd = await postForm(t.app, kollegin, "/mein-kalender/abo", {});
    const fremdIcs = (await feed(LINK.exec(fremd.body)?.[1] as string)).body;
    expect(fremdIcs).toContain("BEGIN:VCALENDAR");
    expect(fremdIcs).not.toContain(e.planId);
    // Ending it: the link is gone.
    expect((await postForm(t.app, ifk, "/mein-kalender/abo/beenden", {})).statusCode).toBe(200);
    expect((await feed(token)).statusCode).toBe(404);
    // A team lead has no caseload feed.
    const tl = await login(t.app, "tl_a");
    expect((await postForm(t.app, tl, "/mein-kalender/abo", {})).statusCode).toBe(403);
  });

  it.each([
    "abc.ics",
    `${"A".repeat(43)}.txt`,
    `${"A".repeat(43)}.ics`,
    `${"A".repeat(44)}.ics`,
    `${"ä".repeat(43)}.ics`,
    "..%2F..%2Fetc%2Fpasswd",
  ])("a malformed or unknown token (%s) is a 404, never a 500", async (datei) => {
    const res = await t.app.inject({ method: "GET", url: `/kalender/${datei}` });
    expect(res.statusCode).toBe(404);
  });

  it("a NUL byte in the file name is refused by the app-wide guard (400), not a 500", async () => {
    const res = await t.app.inject({ method: "GET", url: "/kalender/%00.ics" });
    expect(res.statusCode).toBe(400);
  });
});
