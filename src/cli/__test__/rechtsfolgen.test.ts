import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RECHTSFOLGEN_TABELLE } from "../../domain/rechtsfolgen/__test__/rechtsfolgenTabelle";
import { run } from "../rechtsfolgen";

let dir = "";
const pfad = (name: string) => join(dir, name);
const jsonl = (zeilen: unknown[]) =>
  zeilen.map((z) => (typeof z === "string" ? z : JSON.stringify(z))).join("\n") + "\n";
const lies = async (name: string) =>
  (await readFile(pfad(name), "utf8"))
    .trim()
    .split("\n")
    .map((z) => JSON.parse(z) as Record<string, unknown>);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "rechtsfolgen-"));
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe("kooperationsplan rechtsfolgen: die Regeltabelle über die CLI", () => {
  let ausgabe: Record<string, unknown>[] = [];
  let code = -1;
  beforeAll(async () => {
    await writeFile(pfad("tabelle.jsonl"), jsonl(RECHTSFOLGEN_TABELLE.map((z) => z.fall)));
    code = await run(["--in", pfad("tabelle.jsonl"), "--out", pfad("tabelle.out.jsonl")]);
    ausgabe = await lies("tabelle.out.jsonl");
  });

  it("liefert Rückgabewert 0 und eine Zeile je Fall", () => {
    expect(code).toBe(0);
    expect(ausgabe).toHaveLength(RECHTSFOLGEN_TABELLE.length);
  });

  it.each(RECHTSFOLGEN_TABELLE.map((z, i) => ({ ...z, i })))("$name", ({ i, fall, erwartet, norm }) => {
    const zeile = ausgabe[i] as { normen: string[]; fristen: { norm: string }[] };
    expect(zeile).toMatchObject({ id: fall.id, ...erwartet });
    expect([...zeile.normen, ...zeile.fristen.map((f) => f.norm)]).toContain(norm);
  });
});

const gut = RECHTSFOLGEN_TABELLE[0]?.fall;

describe("kooperationsplan rechtsfolgen: ungültige Zeilen", () => {
  it("meldet das Feld, zählt Zeilen ohne id und macht mit den übrigen Zeilen weiter (Rückgabewert 1)", async () => {
    await writeFile(
      pfad("gemischt.jsonl"),
      jsonl([
        { ...gut, id: "x", date: "2025-02-30" },
        "kein json",
        "",
        { ...gut, id: undefined },
        gut,
        "[1]",
      ]),
    );
    expect(await run(["--in", pfad("gemischt.jsonl"), "--out", pfad("gemischt.out.jsonl")])).toBe(1);
    const [a, b, c, d, e] = await lies("gemischt.out.jsonl");
    expect(a).toEqual({ id: "x", error: 'Feld "date": kein gültiges Datum (JJJJ-MM-TT)' });
    expect(b).toEqual({ line: 2, error: "Zeile ist kein gültiges JSON." });
    expect(c).toEqual({ line: 4, error: 'Feld "id": fehlt' });
    expect(d).toMatchObject({ id: gut?.id, rechtsstand: "2023-07", minderung: true });
    expect(e).toEqual({ line: 6, error: "Zeile ist kein JSON-Objekt." });
  });

  it("nennt verschachtelte Felder und fehlende Pflichtfelder", async () => {
    const fall = {
      ...gut,
      id: "y",
      haerte: "nein",
      vorherige: [{ event: "pflichtverletzung", date: "2025-01-01", prozent: 10 }],
    };
    await writeFile(pfad("feld.jsonl"), jsonl([fall]));
    expect(await run(["--in", pfad("feld.jsonl"), "--out", pfad("feld.out.jsonl")])).toBe(1);
    expect(await lies("feld.out.jsonl")).toEqual([
      { id: "y", error: 'Feld "haerte": muss true oder false sein; Feld "vorherige[0].beginn": fehlt' },
    ]);
  });
});

describe("kooperationsplan rechtsfolgen: Aufruf", () => {
  it("gibt 2 bei unbekannter Option, fehlender Eingabedatei oder ungültiger Konfiguration zurück", async () => {
    expect(await run(["--gibtsnicht"])).toBe(2);
    expect(await run(["--in", pfad("fehlt.jsonl")])).toBe(2);
    await writeFile(pfad("v.json"), JSON.stringify({ buergergeld2023: { kappungProzent: 40 } }));
    expect(await run(["--config", pfad("v.json"), "--in", pfad("tabelle.jsonl")])).toBe(2);
  });

  it("wendet eine Korrektur aus --config an", async () => {
    const fall = { ...gut, id: "k", date: "2026-07-01", feststellung: "2026-07-10" };
    await writeFile(pfad("k.jsonl"), jsonl([fall]));
    await writeFile(
      pfad("k.json"),
      JSON.stringify({ grundsicherungsgeld2026: { pflichtverletzungProzent: 25 } }),
    );
    expect(
      await run(["--config", pfad("k.json"), "--in", pfad("k.jsonl"), "--out", pfad("k.out.jsonl")]),
    ).toBe(0);
    expect(await lies("k.out.jsonl")).toMatchObject([{ id: "k", prozent: 25, monate: 3 }]);
  });

  it("--help beschreibt das Schema auf Deutsch", async () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    expect(await run(["--help"])).toBe(0);
    const text = String(write.mock.calls[0]?.[0]);
    write.mockRestore();
    for (const feld of [
      "rechtsfolgenbelehrung",
      "schlichtungLaeuft",
      "vorherige",
      "erfuellt",
      "normen",
      "Rückgabewert",
    ])
      expect(text).toContain(feld);
  });
});

describe("kooperationsplan rechtsfolgen: Grenzen des Gesetzes (issue 11)", () => {
  it.each([
    ["unbekanntes Feld", { vorherigen: [] }, 'Feld "vorherigen": unbekanntes Feld'],
    ["Ereignis vor dem 1.7.2023", { date: "2019-05-02", feststellung: "2019-06-01" }, "vor dem 1.7.2023"],
    [
      "unbekannter Prozentsatz (§ 31a Abs. 1)",
      { vorherige: [{ event: "pflichtverletzung", date: "2024-10-01", prozent: 15, beginn: "2024-12" }] },
      'Feld "vorherige[0].prozent": 15 %',
    ],
    [
      "frühere Minderung beginnt vor ihrem Ereignis",
      { vorherige: [{ event: "pflichtverletzung", date: "2024-10-01", prozent: 10, beginn: "2024-08" }] },
      'Feld "vorherige[0].beginn"',
    ],
    ["Erfüllung vor der Pflichtverletzung", { erfuellt: "2025-03-01" }, 'Feld "erfuellt"'],
    [
      "Frist vor dem Schreiben",
      {
        brief: { art: "aufforderung", datum: "2025-02-01", frist: "2025-01-20", rechtsfolgenbelehrung: true },
      },
      'Feld "brief.frist"',
    ],
    [
      "Belehrung widerspricht dem Schreiben",
      {
        rechtsfolgenbelehrung: true,
        brief: { art: "einladung", datum: "2025-02-01", rechtsfolgenbelehrung: false },
      },
      'Feld "rechtsfolgenbelehrung": widerspricht',
    ],
    [
      "Art des Schreibens passt nicht zum Ereignis",
      { brief: { art: "einladung", datum: "2025-02-01", rechtsfolgenbelehrung: true } },
      'Feld "brief.art"',
    ],
  ])("%s: Fehlerzeile nennt das Feld", async (_, aenderung, text) => {
    await writeFile(pfad("grenze.jsonl"), jsonl([{ ...gut, id: "g", ...aenderung }]));
    expect(await run(["--in", pfad("grenze.jsonl"), "--out", pfad("grenze.out.jsonl")])).toBe(1);
    const [zeile] = await lies("grenze.out.jsonl");
    expect(zeile).toMatchObject({ id: "g" });
    expect(String(zeile?.error)).toContain(text);
  });
});
