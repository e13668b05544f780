/**
 * Evaluates the automatic coder. Without --in it prints area accuracy, specific accuracy and macro-F1
 * for the corpus dev set, the tuning set (eval/tuning.jsonl) and the frozen set (eval/frozen.jsonl,
 * figures only: its errors are never shown, so that nobody tunes on it). With --in FILE it evaluates one
 * labelled JSON Lines file in detail.
 *
 *   npm run eval:coder -- [--in FILE] [--fold K/N] [--errors]
 *
 * --fold K/N keeps only entries whose line index modulo N equals K (for held-out checks).
 * --novel evaluates the self-written held-out entries of the unit tests instead of a file.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { codeEntry, evaluateCoder, type EntryKind, type Evaluation } from "../src/domain/coding";
import { NOVEL_ENTRIES } from "../src/domain/coding/__test__/fixtures/novelEntries";
import { NOVEL_ENTRIES_2 } from "../src/domain/coding/__test__/fixtures/novelEntries2";
import { NOVEL_ENTRIES_3 } from "../src/domain/coding/__test__/fixtures/novelEntries3";
import { NOVEL_ENTRIES_UNTERSTUETZUNG } from "../src/domain/coding/__test__/fixtures/novelEntriesUnterstuetzung";

interface Labelled {
  id: string;
  kind: EntryKind;
  text: string;
  area: string;
  specific: boolean;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function printConfusion(e: Evaluation): void {
  const areas = Object.keys(e.perArea);
  const short = (a: string): string => {
    const parts = a.split("_");
    return (
      parts.length > 1 ? `${parts[0]?.slice(0, 4)}_${parts.at(-1)?.slice(0, 3)}` : a.slice(0, 8)
    ).padStart(8);
  };
  console.log(
    `\nConfusion (rows expected, columns predicted)\n${"".padEnd(24)}${areas.map(short).join(" ")}`,
  );
  for (const a of areas) {
    const cells = areas.map((p) => String(e.confusion[a]?.[p] ?? 0).padStart(8));
    console.log(`${a.padEnd(24)}${cells.join(" ")}`);
  }
  console.log("\nPer area: precision / recall / F1 (support)");
  for (const [a, p] of Object.entries(e.perArea)) {
    console.log(
      `  ${a.padEnd(24)}${p.precision.toFixed(2)} / ${p.recall.toFixed(2)} / ${p.f1.toFixed(2)} (${p.support})`,
    );
  }
}

function novelEntries(): Labelled[] {
  const all = [...NOVEL_ENTRIES, ...NOVEL_ENTRIES_UNTERSTUETZUNG, ...NOVEL_ENTRIES_2, ...NOVEL_ENTRIES_3];
  return all.map(([kind, text, area, specific], i) => ({ id: `n${i + 1}`, kind, text, area, specific }));
}

function summary(label: string, file: string): void {
  const entries = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Labelled);
  const r = evaluateCoder(
    entries.map((e) => {
      const c = codeEntry(e);
      return { area: e.area, predictedArea: c.area, specific: e.specific, predictedSpecific: c.specific };
    }),
  );
  console.log(
    `${label.padEnd(8)}${String(r.n).padStart(5)}  ${r.areaAccuracy.toFixed(3).padStart(8)}  ${r.specificAccuracy.toFixed(3).padStart(8)}  ${r.macroF1.toFixed(3).padStart(8)}`,
  );
}

function main(argv: readonly string[]): void {
  if (!argv.includes("--in") && !argv.includes("--novel")) {
    console.log("set         n      area  specific  macro-F1");
    summary("dev", path.resolve(repoRoot, "../shared/corpus/dev.jsonl"));
    summary("tuning", path.resolve(repoRoot, "eval/tuning.jsonl"));
    summary("frozen", path.resolve(repoRoot, "eval/frozen.jsonl"));
    return;
  }
  const novel = argv.includes("--novel");
  const file = novel
    ? "novel (src/domain/coding/__test__/fixtures)"
    : (option(argv, "--in") ?? path.resolve(repoRoot, "../shared/corpus/dev.jsonl"));
  const [k, n] = (option(argv, "--fold") ?? "0/1").split("/").map(Number);
  const lines = novel ? [] : readFileSync(file, "utf8").split("\n");
  const entries = (
    novel ? novelEntries() : lines.filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Labelled)
  ).filter((_, i) => i % (n ?? 1) === (k ?? 0));
  const rows = entries.map((e) => {
    const c = codeEntry(e);
    if (argv.includes("--errors") && (c.area !== e.area || c.specific !== e.specific)) {
      console.log(
        `${e.id} ${e.kind} expected ${e.area}/${e.specific} got ${c.area}/${c.specific}\n   ${e.text}\n   ${c.why.join(" | ")}`,
      );
    }
    return { area: e.area, predictedArea: c.area, specific: e.specific, predictedSpecific: c.specific };
  });
  const result = evaluateCoder(rows);
  console.log(
    `\n${path.relative(process.cwd(), file)}: ${result.n} entries${n && n > 1 ? ` (fold ${k}/${n})` : ""}`,
  );
  console.log(`area accuracy      ${result.areaAccuracy.toFixed(3)}`);
  console.log(`specific accuracy  ${result.specificAccuracy.toFixed(3)}`);
  console.log(`area macro-F1      ${result.macroF1.toFixed(3)}`);
  printConfusion(result);
}

main(process.argv.slice(2));
