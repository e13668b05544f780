import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { uploadNachweis } from "./support/portalHilfen";
import { BACKENDS } from "./support/testDatabase";
import { countRows, createTestApp, faelle, login, type Client, type TestApp } from "./support/testApp";

interface Recipient {
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, form: Record<string, string>): Promise<LightMyRequestResponse>;
  upload(name: string, bytes: Buffer): Promise<LightMyRequestResponse>;
}

const cookiesOf = (res: LightMyRequestResponse) => res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";

async function openZugang(ifk: Client, personId: string): Promise<string> {
  const res = await ifk.send("POST", `/personen/${personId}/portal/zugang`, { _csrf: ifk.csrf });
  expect(res.statusCode).toBe(201);
  return /data-testid="aktivierungscode">([A-Z0-9-]+)</.exec(res.body)?.[1] ?? "";
}

async function activate(app: FastifyInstance, code: string, benutzername: string) {
  const page = await app.inject({ method: "GET", url: "/portal/aktivieren" });
  const cookie = cookiesOf(page);
  return app.inject({
    method: "POST",
    url: "/portal/aktivieren",
    headers: { cookie },
    payload: {
      _csrf: csrfOf(page.body),
      code,
      benutzername,
      passwort: "Sicheres-Passwort-1",
      passwortWiederholung: "Sicheres-Passwort-1",
    },
  });
}

async function portalLogin(app: FastifyInstance, benutzername: string): Promise<Recipient> {
  const page = await app.inject({ method: "GET", url: "/portal/anmelden" });
  const res = await app.inject({
    method: "POST",
    url: "/portal/anmelden",
    headers: { cookie: cookiesOf(page) },
    payload: { _csrf: csrfOf(page.body), benutzername, passwort: "Sicheres-Passwort-1" },
  });
  expect(res.statusCode).toBe(303);
  const cookie = `${cookiesOf(res)}; kp_portal_sprache=de`;
  const start = await app.inject({ method: "GET", url: "/portal", headers: { cookie } });
  const csrf = csrfOf(start.body);
  return {
    cookie,
    csrf,
    get: (url) => app.inject({ method: "GET", url, headers: { cookie } }),
    post: (url, form) =>
      app.inject({ method: "POST", url, headers: { cookie }, payload: { _csrf: csrf, ...form } }),
    upload: (name, bytes) => uploadNachweis(app, cookie, csrf, name, bytes),
  };
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe.each(BACKENDS)("portal (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let personId: string;
  let anderePersonId: string;
  let r: Recipient;

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
    const aktuell = await faelle(ifk, "aktuell");
    personId = aktuell[0]?.personId as string;
    anderePersonId = (await faelle(ifk, "alle")).find((f) => f.personId !== personId)?.personId as string;
    const code = await openZugang(ifk, personId);
    expect((await activate(t.app, code, "erika.portal")).statusCode).toBe(303);
    r = await portalLogin(t.app, "erika.portal");
  });
  afterAll(() => t.close());

  it("an activation code works once and expires after 14 days", async () => {
    const code = await openZugang(ifk, anderePersonId);
    const again = await activate(t.app, "WRON-GCOD-E234", "max.portal");
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain("Aktivierungscode stimmt nicht");
    t.clock.set("2026-12-11T10:00:00+01:00");
    expect((await activate(t.app, code, "max.portal")).statusCode).toBe(400);
    t.clock.set("2026-11-26T10:00:00+01:00");
    const neu = await openZugang(ifk, anderePersonId);
    expect((await activate(t.app, neu, "max.portal")).statusCode).toBe(303);
    const zweimal = await activate(t.app, neu, "max.zwei");
    expect(zweimal.statusCode).toBe(400);
  });

  it("shows the own plan and records receipt, a done step and applications", async () => {
    const start = await r.get("/portal");
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain("Meine nächsten Schritte");
    const nummer = /name="nummer" value="(\d+)"/.exec(start.body)?.[1] as string;
    expect((await r.post("/portal/empfang", { nummer })).statusCode).toBe(303);
    const eintragId = /name="eintragId" value="([^"]+)"/.exec(start.body)?.[1] as string;
    expect((await r.post("/portal/schritte", { eintragId, status: "erledigt" })).statusCode).toBe(303);
    expect((await r.post("/portal/schritte", { eintragId, status: "problem", grund: "" })).statusCode).toBe(
      400,
    );
    for (const arbeitgeber of ["Lager GmbH", "Spedition Nord"])
      expect(
        (
          await r.post("/portal/bewerbungen", {
            arbeitgeber,
            stelle: "Lagerhelfer",
            datum: "2026-11-20",
            kanal: "online",
            ergebnis: "offen",
          })
        ).statusCode,
      ).toBe(303);
    expect(await countRows(t.tdb, "portal_bewerbung")).toBe(2);
    expect(await countRows(t.tdb, "portal_empfang")).toBe(1);
    const ar = await r.get("/portal?sprache=ar");
    expect(ar.body).toContain('dir="rtl"');
    expect(ar.body).toContain('lang="ar"');
  });

  it("stores a real PDF with its hash and refuses wrong type, empty and oversize files", async () => {
    expect((await r.upload("nachweis.pdf", PDF)).statusCode).toBe(303);
    const exe = await r.upload(
      "bewerbung.pdf",
      Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), Buffer.alloc(200)]),
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.body).toContain("Diese Datei können wir nicht annehmen");
    const leer = await r.upload("leer.pdf", Buffer.alloc(0));
    expect(leer.statusCode).toBe(422);
    const gross = await r.upload("gross.pdf", Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 10)]));
    expect(gross.statusCode).toBe(413);
    expect(gross.body).toContain("größer als 10 MB");
    const rows = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ sha256: string; groesse: number }>("SELECT sha256, groesse FROM portal_nachweis"),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.groesse).toBe(PDF.byteLength);
    expect(rows[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a proposal goes into the next version with one action", async () => {
    expect(
      (await r.post("/portal/vorschlaege", { art: "schritt", text: "Ich mache einen Erste-Hilfe-Kurs." }))
        .statusCode,
    ).toBe(303);
    const eingang = await ifk.get(`/personen/${personId}/portal`);
    const id = /portal\/vorschlaege\/([0-9a-f-]{36})/.exec(eingang.body)?.[1] as string;
    const res = await ifk.send("POST", `/personen/${personId}/portal/vorschlaege/${id}`, {
      _csrf: ifk.csrf,
      entscheidung: "uebernehmen",
      ergebnis: "Gute Idee.",
    });
    expect(res.statusCode).toBe(303);
    const entwurf = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ inhalt: { schritte: { text: string }[] } }>(
        "SELECT inhalt FROM plan_version WHERE person_id = $1 AND status = 'entwurf'",
        [personId],
      ),
    );
    expect(entwurf[0]?.inhalt.schritte.map((s) => s.text)).toContain("Ich mache einen Erste-Hilfe-Kurs.");
    expect((await r.get("/portal")).body).toMatch(/Übernommen in Version \d/);
  });

  it("a recipient cannot reach another person's data through any endpoint; refusals are audited", async () => {
    const fremdeNachweise = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ id: string }>("SELECT id FROM portal_nachweis"),
    );
    const nachweisId = fremdeNachweise[0]?.id as string;
    const staffUrls = [
      `/personen/${anderePersonId}`,
      `/personen/${anderePersonId}/portal`,
      `/personen/${personId}/portal/nachweise/${nachweisId}`,
      "/faelle",
      `/api/v1/personen/${anderePersonId}`,
    ];
    for (const url of staffUrls) expect([303, 401]).toContain((await r.get(url)).statusCode);
    expect((await r.get("/portal/versionen/999")).statusCode).toBe(404);
    expect((await r.get("/portal/plan/999.pdf")).statusCode).toBe(404);
    expect(
      (await r.post("/portal/schritte", { eintragId: "fremder-schritt", status: "erledigt" })).statusCode,
    ).toBe(404);
    expect((await r.post("/portal/empfang", { nummer: "999" })).statusCode).toBe(409);
    expect((await r.post("/personen/" + anderePersonId + "/portal/zugang", {})).statusCode).toBe(303);
    const ohneCsrf = await t.app.inject({
      method: "POST",
      url: "/portal/bewerbungen",
      headers: { cookie: r.cookie },
      payload: { arbeitgeber: "X" },
    });
    expect(ohneCsrf.statusCode).toBe(403);
    const sichtbar = await t.tdb.db.transaction(
      {
        jobcenterId: t.jobcenterA,
        userId: "00000000-0000-0000-0000-000000000000",
        rolle: "leistungsberechtigte",
      },
      async (sql) => {
        await sql.query("SELECT set_config('app.person_id', $1, true)", [personId]);
        return {
          personen: (await sql.query("SELECT id FROM leistungsberechtigte")).length,
          pa: (await sql.query("SELECT id FROM potenzialanalyse")).length,
          entwuerfe: (await sql.query("SELECT id FROM plan_version WHERE status = 'entwurf'")).length,
          mitarbeitende: (await sql.query("SELECT id FROM mitarbeitende")).length,
          nachweise: (await sql.query("SELECT id FROM portal_nachweis WHERE person_id <> $1", [personId]))
            .length,
        };
      },
    );
    expect(sichtbar).toEqual({ personen: 1, pa: 0, entwuerfe: 0, mitarbeitende: 1, nachweise: 0 });
    const verweigert = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_log WHERE akteur_rolle = 'leistungsberechtigte' AND aktion = 'verweigert'",
      ),
    );
    expect(verweigert[0]?.n).toBeGreaterThanOrEqual(2);
  });

  it("downloads the plan as PDF and the next appointment as .ics", async () => {
    const start = await r.get("/portal");
    const pdfUrl = /href="(\/portal\/plan\/\d+\.pdf)"/.exec(start.body)?.[1] as string;
    const pdf = await r.get(pdfUrl);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const ics = await r.get("/portal/termin.ics");
    expect(ics.statusCode).toBe(200);
    expect(ics.headers["content-type"]).toContain("text/calendar");
    expect(ics.body).toContain("BEGIN:VEVENT");
    expect(ics.body).toContain("DTSTART;TZID=Europe/Berlin:20261210T093000");
    expect(ics.headers["cache-control"]).toBe("private, no-store");
  });
});
