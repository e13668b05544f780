/**
 * Benchmark of the entry coder: `npx tsx scripts/bench/coder.ts [iterations] [cliLines]`.
 *
 * 1. Codes a realistic 12-entry plan many times and prints median and p95 per plan (target:
 *    ≤ 1 ms median on the server).
 * 2. Runs `kooperationsplan code` in a child process over 10,000 and over 100,000 generated lines
 *    and prints lines per second and the peak RSS of each run: equal peaks show constant memory.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { codeEntry, type PlanEntry } from "../../src/domain/coding";
import { run } from "../../src/cli/code";

const PLAN: readonly PlanEntry[] = [
  { kind: "ziel", text: "Aufnahme einer Vollzeitstelle als Fachkraft für Lagerlogistik bis 30.09.2026." },
  {
    kind: "ziel",
    text: "Zwischenziel: Abschluss des Berufssprachkurses B2 bei der Sprachschule Lingua Plus.",
  },
  { kind: "ziel", text: "Stabile Kinderbetreuung für beide Kinder, damit Vollzeit möglich wird." },
  {
    kind: "schritt",
    text: "Ich bewerbe mich jeden Monat auf mindestens 6 Stellen und lege die Nachweise beim nächsten Termin vor.",
  },
  { kind: "schritt", text: "Ich melde meinen Sohn bis Ende Februar im Kita-Portal der Stadt an." },
  { kind: "schritt", text: "Ich gehe 2x pro Woche zum Sprachcafé im Stadtteilzentrum." },
  { kind: "schritt", text: "Ich kümmere mich um meine Schulden und gehe zur Schuldnerberatung." },
  { kind: "schritt", text: "Ich bringe die Befundberichte zum Termin beim ÄD mit." },
  { kind: "unterstuetzung", text: "Das Jobcenter übernimmt die Bewerbungskosten bis 260 € im Jahr." },
  { kind: "unterstuetzung", text: "Wir schicken Ihnen passende Vermittlungsvorschläge per Mail." },
  { kind: "unterstuetzung", text: "Vermittlung an die Schuldnerberatung der Caritas, Termin am 12.03." },
  { kind: "unterstuetzung", text: "Beratungsgespräch alle 6 Wochen mit Ihrer Ansprechpartnerin." },
];

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

/** `fresh`: every run adds a never-seen word to each entry, so the word caches miss once per entry. */
function benchPlan(iterations: number, fresh: boolean): void {
  const plan = (i: number): PlanEntry[] =>
    PLAN.map((e) => (fresh ? { ...e, text: `${e.text} Notiz${i}x` } : e));
  for (let i = 0; i < 300; i++) plan(-i).forEach((e) => codeEntry(e));
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const entries = plan(i);
    const t0 = performance.now();
    entries.forEach((e) => codeEntry(e));
    times.push(performance.now() - t0);
  }
  const label = fresh ? "plan, one new word per entry" : "plan, known words";
  console.log(
    `${label.padEnd(30)} median ${quantile(times, 0.5).toFixed(3)} ms, p95 ${quantile(times, 0.95).toFixed(3)} ms (${PLAN.length} entries, n=${iterations})`,
  );
}

async function writeLines(file: string, lines: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < lines; i++) {
    const entry = PLAN[i % PLAN.length] ?? PLAN[0];
    const line = `${JSON.stringify({ id: `e${i}`, kind: entry?.kind, text: `${entry?.text} (${i % 97})` })}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/** Child mode: code FILE to /dev/null and report lines/s and peak RSS as JSON on stderr. */
async function child(file: string, lines: number): Promise<void> {
  const t0 = performance.now();
  await run(["--in", file, "--out", process.platform === "win32" ? "NUL" : "/dev/null"]);
  const seconds = (performance.now() - t0) / 1000;
  process.stderr.write(
    JSON.stringify({ linesPerSecond: lines / seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024 }),
  );
}

async function benchCli(lines: number): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "kp-bench-"));
  try {
    for (const n of [Math.round(lines / 10), lines]) {
      const file = path.join(dir, `plan-${n}.jsonl`);
      await writeLines(file, n);
      const self = fileURLToPath(import.meta.url);
      const res = spawnSync(process.execPath, ["--import", "tsx", self, "--child", file, String(n)], {
        encoding: "utf8",
      });
      const { linesPerSecond, maxRssMiB } = JSON.parse(res.stderr.trim().split("\n").pop() ?? "{}") as Record<
        string,
        number
      >;
      console.log(
        `CLI ${String(n).padStart(7)} lines: ${Math.round(linesPerSecond ?? 0)} lines/s, peak RSS ${maxRssMiB?.toFixed(0)} MiB`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
if (argv[0] === "--child") {
  await child(argv[1] ?? "", Number(argv[2]));
} else {
  benchPlan(Number(argv[0] ?? 3000), false);
  benchPlan(Number(argv[0] ?? 3000), true);
  await benchCli(Number(argv[1] ?? 100_000));
}
