import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { type CodeIo, run } from "../code";

const LINES = [
  '{"id":"a","kind":"schritt","text":"Ich bewerbe mich jede Woche auf 3 Stellen."}',
  "{kein json",
  "",
  '{"id":"c","kind":"unterwegs","text":"Ich gehe zum Arzt."}',
  '{"id":"d","kind":"unterstuetzung","text":"Das Jobcenter übernimmt die Fahrtkosten."}',
];

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString("utf8");
}

async function runWith(argv: string[], input: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const [out, err] = [collect(stdout), collect(stderr)];
  const io: CodeIo = { stdin: Readable.from(input.map((l) => `${l}\n`)), stdout, stderr };
  const code = await run(argv, io);
  return { code, stdout: out(), stderr: err() };
}

const dir = await mkdtemp(path.join(tmpdir(), "kp-code-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("kooperationsplan code", () => {
  it("codes good lines, reports malformed ones and exits with 1", async () => {
    const { code, stdout, stderr } = await runWith([], LINES);
    const out = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(code).toBe(1);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: "a", area: "arbeit", specific: true });
    expect(out[1]).toEqual({ line: 2, error: "Zeile ist kein gültiges JSON" });
    expect(out[2]).toEqual({ line: 4, id: "c", error: 'Feld "kind" fehlt oder ist ungültig' });
    expect(out[3]).toMatchObject({ id: "d", area: "foerderung", specific: false });
    expect(stderr).toContain("Zeile 2: Zeile ist kein gültiges JSON");
    expect(stderr).toContain('Zeile 4 (id c): Feld "kind" fehlt');
  });

  it("exits with 0 when all lines are valid", async () => {
    expect((await runWith([], [LINES[0] ?? ""])).code).toBe(0);
  });

  it("reads --in and writes --out files, quietly when stderr is no terminal", async () => {
    const [input, output] = [path.join(dir, "in.jsonl"), path.join(dir, "out.jsonl")];
    await writeFile(input, `${LINES[0]}\n${LINES[4]}\n`);
    const result = await runWith(["--in", input, "--out", output], []);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
    const written = (await readFile(output, "utf8")).trim().split("\n");
    expect(written.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(["a", "d"]);
  });

  it("exits with 2 for unknown options and unreadable input", async () => {
    expect((await runWith(["--bogus"], [])).code).toBe(2);
    const missing = await runWith(["--in", path.join(dir, "fehlt.jsonl")], []);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nicht lesbar");
  });

  it("documents the format in --help", async () => {
    const { code, stdout } = await runWith(["--help"], []);
    expect(code).toBe(0);
    expect(stdout).toContain('{"id": "e1", "kind": "ziel" | "schritt" | "unterstuetzung"');
    expect(stdout).toContain("vermittlung_an_dienste");
  });
});
