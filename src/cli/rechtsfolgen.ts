import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { type Readable, type Writable } from "node:stream";
import { parseArgs } from "node:util";
import { applyRegelOverrides } from "../domain/rechtsfolgen/applyRegelOverrides";
import { beurteileZeile } from "../domain/rechtsfolgen/beurteileZeile";
import { type RegelConfig } from "../domain/rechtsfolgen/regelConfig";
import { REGEL_DEFAULTS } from "../domain/rechtsfolgen/regelDefaults";

const HELP = `Aufruf: kooperationsplan rechtsfolgen [--in DATEI] [--out DATEI] [--config DATEI]

Prüft die Rechtsfolgen von Pflichtverletzungen, Meldeversäumnissen und Arbeitsverweigerungen
(§§ 31–32 SGB II). Liest JSON Lines (eine Zeile = ein Fall, Standard: stdin) und schreibt
je Zeile ein Ergebnis als JSON (Standard: stdout).

  --in DATEI      Eingabe statt stdin
  --out DATEI     Ausgabe statt stdout
  --config DATEI  Korrekturen für Regeln mit Kennzeichen S oder U (JSON), z. B.
                  {"grundsicherungsgeld2026":{"pflichtverletzungProzent":25}}
  --help          diese Hilfe

Eingabe je Zeile:
  id                     Text oder Zahl
  event                  "pflichtverletzung" | "meldeversaeumnis" | "arbeitsverweigerung"
  date                   Tag des Ereignisses, JJJJ-MM-TT (bestimmt das geltende Recht)
  rechtsfolgenbelehrung  true | false (schriftliche Belehrung oder Kenntnis)
  wichtigerGrund         true | false (nachgewiesen: keine Pflichtverletzung)
  haerte                 true | false (außergewöhnliche Härte: keine Minderung)
  schlichtungLaeuft      true | false (§ 15a, nur bis 30.6.2026)
  feststellung           Tag, an dem der feststellende Bescheid wirksam wird, JJJJ-MM-TT
  alterUnter25           true | false
  vorherige              Liste früherer Minderungen, optional:
                         [{"event","date","prozent","beginn":"JJJJ-MM"|null,"monate"?}]
  erfuellt               JJJJ-MM-TT oder null (Pflicht erfüllt; bei Arbeitsverweigerung:
                         Arbeitsaufnahme nicht mehr möglich), optional
  letzterWahrgenommenerTermin  JJJJ-MM-TT oder null, optional (Meldeversäumnisse in Folge)
  brief                  zugehöriges Schreiben, optional: {"art","datum","frist"?,
                         "rechtsfolgenbelehrung","ersteEinladung"?}; "date" nicht vor "frist"
  weigerungErklaert      true | false, optional: die Person hat vor Ablauf der Frist ernsthaft
                         und endgültig erklärt, die Pflicht nicht zu erfüllen ("date" = Tag der
                         Erklärung, darf vor "brief.frist" liegen); nur bei "pflichtverletzung"

Ausgabe je Zeile:
  id, rechtsstand ("2023-07" | "2026-07"), minderung (true | false), prozent, monate,
  beginn und ende ("JJJJ-MM" oder null), gruende (Texte), normen (Paragrafen),
  außerdem regelProzent, gesamtProzent, gekappt, aufhebungAb, verlauf, fristen,
  nichtErreichbar, erreichbarkeit, begruendung (Grund mit Norm und Kennzeichen V/S/U).
  Ungültige Zeile: {"id", "error"} oder {"line", "error"}, wenn die id fehlt.

Rückgabewert: 0 alle Zeilen gültig, 1 mindestens eine Zeile ungültig, 2 falsche Aufrufparameter.
`;

/** Judges each JSON line of `input` and writes one JSON result a line; returns the number of invalid lines. */
export async function transformLines(
  input: Readable,
  output: Writable,
  config: RegelConfig,
): Promise<number> {
  let line = 0;
  let ungueltig = 0;
  for await (const zeile of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (zeile.trim() === "") continue;
    const ergebnis = beurteileZeile(zeile, line, config);
    if (!ergebnis.gueltig) ungueltig += 1;
    if (!output.write(`${JSON.stringify(ergebnis.ausgabe)}\n`)) await once(output, "drain");
  }
  return ungueltig;
}

async function loadConfig(path: string | undefined): Promise<RegelConfig | string> {
  if (path === undefined) return REGEL_DEFAULTS;
  let roh: unknown;
  try {
    roh = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    return `Konfiguration ${path} nicht lesbar: ${e instanceof Error ? e.message : String(e)}`;
  }
  const result = applyRegelOverrides(REGEL_DEFAULTS, roh);
  if (result.ok) return result.value;
  return result.error.map((f) => `Konfiguration, Feld "${f.feld}": ${f.meldung}`).join("\n");
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      in: { type: "string" },
      out: { type: "string" },
      config: { type: "string" },
      help: { type: "boolean" },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

/** `kooperationsplan rechtsfolgen`: exit 0 if all lines are valid, 1 if some are invalid, 2 for bad arguments. */
export async function run(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const config = await loadConfig(args.config);
  if (typeof config === "string") {
    process.stderr.write(`${config}\n`);
    return 2;
  }
  if (args.in !== undefined) {
    try {
      await access(args.in);
    } catch {
      process.stderr.write(`Eingabedatei ${args.in} nicht lesbar.\n`);
      return 2;
    }
  }
  const input = args.in === undefined ? process.stdin : createReadStream(args.in);
  const output = args.out === undefined ? process.stdout : createWriteStream(args.out);
  const ungueltig = await transformLines(input, output, config);
  if (args.out !== undefined) {
    output.end();
    await once(output, "finish");
  }
  return ungueltig > 0 ? 1 : 0;
}
