import { once } from "node:events";
import { createReadStream, createWriteStream, type ReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { type Readable, type Writable } from "node:stream";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { AREA_LABELS } from "../domain/coding/areas";
import { codeJsonLine, type LineError } from "../domain/coding/codeJsonLine";

const HELP = `Aufruf: kooperationsplan code [--in DATEI] [--out DATEI]

Kodiert Einträge von Kooperationsplänen nach dem Codebuch (Bereich und "specific").
Liest JSON Lines (eine Zeile = ein Eintrag, Standard: stdin) und schreibt je Zeile ein
Ergebnis als JSON (Standard: stdout). Arbeitet zeilenweise mit gleichbleibendem Speicher.

  --in DATEI   Eingabe statt stdin (bei großen Dateien Fortschrittsanzeige auf stderr,
               wenn stderr ein Terminal ist)
  --out DATEI  Ausgabe statt stdout
  --help       diese Hilfe

Eingabe je Zeile:
  {"id": "e1", "kind": "ziel" | "schritt" | "unterstuetzung", "text": "Ich bewerbe mich ..."}
  id ist Text oder Zahl; leere Zeilen werden übersprungen.

Ausgabe je Zeile:
  {"id": "e1", "area": "<Bereich>", "specific": true | false, "why": ["<Begründung>", ...]}
  Ungültige Zeile (auch auf stderr): {"line": 17, "error": "Feld \\"kind\\" fehlt oder ist ungültig"}

Bereiche:
${Object.entries(AREA_LABELS)
  .map(([code, label]) => `  ${code.padEnd(24)}${label}`)
  .join("\n")}

Rückgabewert: 0 alle Zeilen gültig, 1 mindestens eine Zeile ungültig, 2 falsche Aufrufparameter.
`;

/** Streams of the command; replaced by in-memory streams in tests. */
export interface CodeIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

/** Files from this size on get a progress bar (when stderr is a terminal). */
const PROGRESS_MIN_BYTES = 1024 * 1024;

/**
 * Codes each JSON line of `input` and writes one JSON result a line to `output`, line by line with
 * backpressure (constant memory). Reports malformed lines through `onError`, and calls `onLine`
 * after each line. Returns the number of malformed lines.
 */
export async function codeLines(
  input: Readable,
  output: Writable,
  onError: (error: LineError) => void,
  onLine: () => void = () => undefined,
): Promise<number> {
  let line = 0;
  let malformed = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === "") continue;
    const result = codeJsonLine(text, line);
    if (!result.ok) {
      malformed += 1;
      onError(result.output);
    }
    if (!output.write(`${JSON.stringify(result.output)}\n`)) await once(output, "drain");
    onLine();
  }
  return malformed;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: { in: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
    allowPositionals: false,
  }).values;
}

/** A progress bar over the bytes of the input file, or `undefined` when it should stay quiet. */
function progressFor(input: ReadStream, size: number, stderr: CodeIo["stderr"]) {
  if (!stderr.isTTY || size < PROGRESS_MIN_BYTES) return undefined;
  const bars = new cliProgress.MultiBar(
    {
      stream: stderr as NodeJS.WritableStream,
      format: "Kodieren {bar} {percentage}% | {lines} Zeilen",
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(size, 0, { lines: 0 });
  let lines = 0;
  return {
    tick: () => void (++lines % 1000 === 0 && bar.update(input.bytesRead, { lines })),
    log: (message: string) => bars.log(message),
    stop: () => {
      bar.update(size, { lines });
      bars.stop();
    },
  };
}

async function inputSize(file: string): Promise<number | string> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : `Eingabe ${file} ist keine Datei.`;
  } catch {
    return `Eingabedatei ${file} nicht lesbar.`;
  }
}

/** `kooperationsplan code`: exit 0 if all lines are valid, 1 if some are malformed, 2 for bad arguments. */
export async function run(argv: string[], io: CodeIo = process): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    io.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const size = args.in === undefined ? 0 : await inputSize(args.in);
  if (typeof size === "string") {
    io.stderr.write(`${size}\n`);
    return 2;
  }
  const file = args.in === undefined ? undefined : createReadStream(args.in);
  const output = args.out === undefined ? io.stdout : createWriteStream(args.out);
  const progress = file ? progressFor(file, size, io.stderr) : undefined;
  const report = (e: LineError): void => {
    const message = `Zeile ${e.line}${e.id === undefined ? "" : ` (id ${e.id})`}: ${e.error}\n`;
    if (progress) progress.log(message);
    else io.stderr.write(message);
  };
  const malformed = await codeLines(file ?? io.stdin, output, report, progress?.tick);
  progress?.stop();
  if (args.out !== undefined) {
    output.end();
    await once(output, "finish");
  }
  return malformed > 0 ? 1 : 0;
}
