import { deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portalEmpfaenger, type Empfaenger } from "./support/integritaetHilfen";
import { createAbgestimmterPlan } from "./support/planFactories";
import { BACKENDS } from "./support/testDatabase";
import { HEUTE, createTestApp, login, type Client, type TestApp } from "./support/testApp";

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\ntrailer<</Root 1 0 R>>\n%%EOF\n`, "latin1");
const SAUBER = pdf("1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction[3 0 R/Fit]>>endobj");
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("0000000d49484452000000010000000108060000001f15c489", "hex"),
  Buffer.alloc(64),
]);

/** Issue 10, "Uploads": the server decides name and type; active or disguised content is refused. */
describe.each(BACKENDS)("evidence uploads (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let personId: string;
  let r: Empfaenger;

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
    personId = (await createAbgestimmterPlan(ifk, HEUTE)).personId;
    r = await portalEmpfaenger(t, ifk, personId, `uploads.${backend}`);
  });
  afterAll(() => t.close());

  /** The rows stored by `fn` (the test clock stands still, so they are told apart by id). */
  const neueZeilen = async (fn: () => Promise<unknown>) => {
    const vorher = new Set((await gespeichert()).map((n) => n.id));
    await fn();
    return (await gespeichert()).filter((n) => !vorher.has(n.id));
  };
  const gespeichert = () =>
    t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ id: string; dateiname: string; beschreibung: string }>(
        "SELECT id, dateiname, beschreibung FROM portal_nachweis WHERE person_id = $1",
        [personId],
      ),
    );

  it("stores and serves a PDF uploaded as bescheid.html under the server's name, sandboxed", async () => {
    const neu = await neueZeilen(async () =>
      expect((await r.upload("bescheid.html", SAUBER)).statusCode).toBe(303),
    );
    expect(neu.map((n) => n.dateiname)).toEqual([`Nachweis-${HEUTE}.pdf`]);
    const res = await ifk.get(`/personen/${personId}/portal/nachweise/${neu[0]?.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="Nachweis-${HEUTE}.pdf"`);
    expect(res.headers["content-security-policy"]).toBe("sandbox");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect((await ifk.get(`/personen/${personId}/portal`)).body).not.toContain("bescheid.html");
    expect((await r.get("/portal")).body).toContain(`Nachweis-${HEUTE}.pdf`);
  });

  it.each([
    ["JavaScript action", pdf("1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj")],
    ["/JS only", pdf("1 0 obj<</Type/Catalog/AA<</O<</S/X/JS 4 0 R>>>>>>endobj")],
    ["name written with #-escapes", pdf("1 0 obj<</OpenAction<</S/J#61vaScript/J#53(x)>>>>endobj")],
    ["launch action", pdf("1 0 obj<</OpenAction<</S/Launch/F(cmd.exe)>>>>endobj")],
    [
      "embedded file",
      pdf("1 0 obj<</Names<</EmbeddedFiles 5 0 R>>>>endobj 5 0 obj<</Type/EmbeddedFile>>endobj"),
    ],
    [
      "JavaScript hidden in a compressed object stream",
      Buffer.concat([
        Buffer.from("%PDF-1.7\n7 0 obj<</Type/ObjStm/Filter/FlateDecode/Length 99>>stream\n", "latin1"),
        deflateSync(Buffer.from("<</S/JavaScript/JS(app.launchURL('x'))>>")),
        Buffer.from("\nendstream\nendobj\n%%EOF\n", "latin1"),
      ]),
    ],
    ["HTML before %PDF (polyglot)", Buffer.concat([Buffer.from("<html><script>alert(1)</script>"), SAUBER])],
    ["PDF with an HTML page inside (polyglot)", pdf("<html><body><script>alert(document.domain)</script>")],
    ["batch file", Buffer.from("@echo off\r\ndel /q C:\\*\r\n")],
    ["SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ["HTML", Buffer.from("<!doctype html><p>Bescheid</p>")],
  ])("refuses a %s and stores nothing", async (_fall, bytes) => {
    const vorher = (await gespeichert()).length;
    const res = await r.upload("bescheid.pdf", bytes);
    expect(res.statusCode).toBe(415);
    expect(res.body).toContain("Diese Datei können wir nicht annehmen");
    expect(await gespeichert()).toHaveLength(vorher);
  });

  it("accepts a scan whose binary image data happens to contain the bytes /JS", async () => {
    const scan = Buffer.concat([
      Buffer.from(
        "%PDF-1.7\n4 0 obj<</Type/XObject/Subtype/Image/Filter/DCTDecode/Length 9>>stream\n",
        "latin1",
      ),
      Buffer.from([0xff, 0xd8, 0x2f, 0x4a, 0x53, 0x20, 0x00, 0xff, 0xd9]),
      Buffer.from("\nendstream\nendobj\n%%EOF\n", "latin1"),
    ]);
    const neu = await neueZeilen(async () => expect((await r.upload("scan.pdf", scan)).statusCode).toBe(303));
    expect(neu).toHaveLength(1);
  });

  it("accepts a PNG under the name Nachweis-<date>.png", async () => {
    const neu = await neueZeilen(async () => expect((await r.upload("foto.exe", PNG)).statusCode).toBe(303));
    expect(neu.map((n) => n.dateiname)).toEqual([`Nachweis-${HEUTE}.png`]);
  });

  it("removes Unicode controls and bidi overrides from the description shown to the counsellor", async () => {
    const beschreibung = "Rechnung\u202Efdp.exe\u2066\u0007 Mai";
    const neu = await neueZeilen(async () =>
      expect((await r.upload("rechnung\u202Efdp.exe", SAUBER, beschreibung)).statusCode).toBe(303),
    );
    expect(neu.map((n) => [n.dateiname, n.beschreibung])).toEqual([
      [`Nachweis-${HEUTE}.pdf`, "Rechnungfdp.exe Mai"],
    ]);
    const eingang = await ifk.get(`/personen/${personId}/portal`);
    expect(eingang.body).toContain("Rechnungfdp.exe Mai");
    expect(eingang.body).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
