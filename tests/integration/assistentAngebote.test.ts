import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS } from "./support/testDatabase";
import { countRows, createTestApp, login, type Client, type TestApp } from "./support/testApp";

const GUELTIG = {
  typ: "coaching",
  titel: "Bewerbungscoaching bei Lernwerk Nord",
  bereiche: ["arbeit"],
  restbudgetCent: 300_000,
  kostenProFallCent: 90_000,
  aktiv: true,
};

interface AngebotJson {
  id: string;
  titel: string;
  restbudgetCent: number | null;
  aktiv: boolean;
}

describe.each(BACKENDS)("Förderangebote mit Budget (%s)", (backend) => {
  let t: TestApp;
  let tl: Client;
  let ifk: Client;
  let ifkB: Client;

  /** A new offer of jobcentre A, added by its team lead, for a test of its own. */
  const neuesAngebot = async (): Promise<string> => {
    const res = await tl.send("POST", "/api/v1/angebote", GUELTIG);
    expect(res.statusCode).toBe(201);
    return (res.json() as AngebotJson).id;
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    tl = await login(t.app, "tl_a");
    ifk = await login(t.app, "ifk_a1");
    ifkB = await login(t.app, "ifk_b");
  });
  afterAll(() => t.close());

  it("a team lead adds an offer; the change is audited", async () => {
    const res = await tl.send("POST", "/api/v1/angebote", GUELTIG);
    expect(res.statusCode).toBe(201);
    const angebotId = (res.json() as AngebotJson).id;
    const audit = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ aktion: string; details: { nachher: { restbudgetCent: number } } }>(
        "SELECT aktion, details FROM audit_log WHERE objekt = 'angebot' AND objekt_id = $1",
        [angebotId],
      ),
    );
    expect(audit).toEqual([expect.objectContaining({ aktion: "anlegen" })]);
    expect(audit[0]?.details.nachher.restbudgetCent).toBe(300_000);
  });

  it("refuses invalid input with 400 problem+json and stores nothing", async () => {
    const vorher = await countRows(t.tdb, "angebot");
    for (const body of [
      { ...GUELTIG, titel: "" },
      { ...GUELTIG, restbudgetCent: -5 },
      { ...GUELTIG, restbudgetCent: 12.5 },
      { ...GUELTIG, typ: "geschenk" },
      { ...GUELTIG, bereiche: ["urlaub"] },
    ]) {
      const res = await tl.send("POST", "/api/v1/angebote", body);
      expect(res.statusCode).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json().code).toBe("validierung");
    }
    expect(await countRows(t.tdb, "angebot")).toBe(vorher);
  });

  it("a team lead changes the remaining budget (audited with before and after)", async () => {
    const angebotId = await neuesAngebot();
    const res = await tl.send("PUT", `/api/v1/angebote/${angebotId}`, { ...GUELTIG, restbudgetCent: 50_000 });
    expect(res.statusCode).toBe(200);
    const list = (await ifk.get("/api/v1/angebote")).json() as { angebote: AngebotJson[] };
    expect(list.angebote.find((a) => a.id === angebotId)?.restbudgetCent).toBe(50_000);
    const audit = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ details: { vorher: { restbudgetCent: number } } }>(
        "SELECT details FROM audit_log WHERE objekt = 'angebot' AND aktion = 'aendern' AND objekt_id = $1",
        [angebotId],
      ),
    );
    expect(audit[0]?.details.vorher.restbudgetCent).toBe(300_000);
  });

  it("a counsellor reads the catalogue but cannot write it (403; RLS refuses it too)", async () => {
    const angebotId = await neuesAngebot();
    expect((await ifk.get("/api/v1/angebote")).statusCode).toBe(200);
    expect((await ifk.send("POST", "/api/v1/angebote", GUELTIG)).statusCode).toBe(403);
    expect((await ifk.send("PUT", `/api/v1/angebote/${angebotId}`, GUELTIG)).statusCode).toBe(403);
    const ctx = {
      jobcenterId: t.jobcenterA,
      userId: "00000000-0000-0000-0000-000000000000",
      rolle: "integrationsfachkraft",
    };
    await expect(
      t.tdb.db.transaction(ctx, (sql) =>
        sql.query(
          "INSERT INTO angebot (jobcenter_id, typ, titel, geaendert_von) VALUES ($1, 'coaching', 'x', $2)",
          [t.jobcenterA, ctx.userId],
        ),
      ),
    ).rejects.toThrow(/row-level security|violates|foreign key/);
    const updated = await t.tdb.db.transaction(ctx, (sql) =>
      sql.query("UPDATE angebot SET restbudget_cent = 1 WHERE id = $1 RETURNING id", [angebotId]),
    );
    expect(updated).toEqual([]);
  });

  it("another jobcentre neither sees nor changes the offers", async () => {
    const angebotId = await neuesAngebot();
    const list = (await ifkB.get("/api/v1/angebote")).json() as { angebote: AngebotJson[] };
    expect(list.angebote).toEqual([]);
    const ctxB = {
      jobcenterId: t.jobcenterB,
      userId: "00000000-0000-0000-0000-000000000000",
      rolle: "teamleitung",
    };
    const rows = await t.tdb.db.transaction(ctxB, (sql) => sql.query("SELECT id FROM angebot"));
    expect(rows).toEqual([]);
    const updated = await t.tdb.db.transaction(ctxB, (sql) =>
      sql.query("UPDATE angebot SET restbudget_cent = 1 WHERE id = $1 RETURNING id", [angebotId]),
    );
    expect(updated).toEqual([]);
  });

  describe("page „Förderangebote und Budget“", () => {
    const form = (c: Client, url: string, felder: Record<string, string>) =>
      t.app.inject({
        method: "POST",
        url,
        headers: { cookie: c.cookie, "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ _csrf: c.csrf, ...felder }).toString(),
      });
    const felder = { typ: "fahrtkosten", titel: "Fahrtkosten zum Kurs", restbudget: "1.500,50", aktiv: "ja" };

    it("validates euros in plain German and stores nothing on error", async () => {
      const vorher = await countRows(t.tdb, "angebot");
      const res = await form(tl, "/angebote", { ...felder, restbudget: "-20" });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("Geben Sie den Betrag in Euro ein");
      expect(res.body).toContain('value="-20"');
      expect(await countRows(t.tdb, "angebot")).toBe(vorher);
    });

    it("a team lead adds and changes an offer with the remaining budget in euros", async () => {
      const res = await form(tl, "/angebote", { ...felder, bereich_sprache: "ja" });
      expect(res.statusCode).toBe(303);
      const list = (await tl.get("/api/v1/angebote")).json() as {
        angebote: (AngebotJson & { bereiche: string[] })[];
      };
      const neu = list.angebote.find((a) => a.titel === "Fahrtkosten zum Kurs");
      expect(neu).toMatchObject({ restbudgetCent: 150_050, bereiche: ["sprache"], aktiv: true });
      const page = await tl.get(`/angebote?bearbeiten=${neu?.id}`);
      expect(page.body).toContain('value="1.500,50"');
      const edit = await form(tl, `/angebote/${neu?.id}`, { ...felder, restbudget: "0" });
      expect(edit.statusCode).toBe(303);
      expect((await tl.get("/angebote")).body).toContain("ausgeschöpft");
    });

    it("a counsellor sees the catalogue without the form and cannot post to it", async () => {
      const page = await ifk.get("/angebote");
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('id="angebot-form"');
      expect((await form(ifk, "/angebote", felder)).statusCode).toBe(403);
    });
  });
});
