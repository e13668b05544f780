/**
 * Benchmark of the plan assistant as the editor runs it: `checkPlanQualitaet` (entry coder + hints,
 * plain language, completeness) on a realistic 12-entry plan, plus `codeInhalt` (codes stored on save).
 * Run: `npx tsx scripts/bench/assistent.ts [iterations]`. Prints median and p95 in ms for: every text
 * new (no cache hit), one entry changed (a keystroke) and an unchanged plan. Target: ≤ 1 ms median.
 */
import { checkPlanQualitaet } from "../../src/domain/assistent/checkPlanQualitaet";
import { codeInhalt } from "../../src/domain/assistent/codeInhalt";
import { PlanInhaltSchema, type PlanInhalt } from "../../src/domain/kooperationsplan/planInhalt";

const ITERATIONS = Number(process.argv[2] ?? 3000);
const WARMUP = 300;
const pa = { sprachniveauDeutsch: "A2", gesundheitlicheEinschraenkung: true } as const;

function plan(variant: number, changeOnly?: string): PlanInhalt {
  const v = (id: string) => (changeOnly === undefined || changeOnly === id ? ` (Stand ${variant})` : "");
  const e = (id: string, text: string) => ({ id, text: `${text}${v(id)}.` });
  return PlanInhaltSchema.parse({
    berufsziel: `Ich arbeite ab dem 01.07.2027 als Fachkraft für Lagerlogistik in Vollzeit${v("ziel")}.`,
    zwischenziele: [
      e("z1", "Ich bestehe bis zum 30.06.2027 die Prüfung Deutsch B1"),
      e("z2", "Mein Kind hat ab dem 01.04.2027 einen Platz in der Kita"),
    ],
    schritte: [
      {
        ...e("s1", "Ich bewerbe mich jeden Monat auf mindestens 5 Stellen als Lagerhelfer"),
        haeufigkeit: "5 im Monat",
        nachweis: "Liste",
      },
      e("s2", "Ich gehe ab dem 02.03.2027 an jedem Kurstag zum Integrationskurs bei der VHS"),
      {
        ...e("s3", "Die Unterlagen für die Anerkennung sind unverzüglich beim Jobcenter vorzulegen"),
        frist: "2027-03-15",
      },
      e("s4", "Ich kümmere mich um meine Gesundheit"),
      e("s5", "Ich gehe am 12.03.2027 zur Jobmesse „Karrieretag“ und spreche mit 3 Firmen"),
    ],
    unterstuetzung: [
      e("u1", "Das Jobcenter schickt mir jeden Monat mindestens 3 passende Stellenangebote"),
      e("u2", "Die Kosten für Bewerbungen werden gemäß § 44 SGB III bis zu 260 Euro im Jahr übernommen"),
      e("u3", "Das Jobcenter unterstützt mich bei der Arbeitssuche"),
    ],
    andereStellen: [e("a1", "Die Schuldnerberatung der Caritas Neustadt hilft mir ab März")],
    vermittlungsfelder: "Lager, Logistik, Versand",
    wasSonstNochWichtig: "Ich kann wegen der Kinder nur bis 15 Uhr arbeiten.",
  });
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function stats(label: string, make: (i: number) => PlanInhalt, fn: (p: PlanInhalt) => unknown): void {
  const plans = Array.from({ length: ITERATIONS + WARMUP }, (_, i) => make(i));
  const times = plans
    .map((p) => time(() => fn(p)))
    .slice(WARMUP)
    .sort((a, b) => a - b);
  const at = (q: number) =>
    (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN).toFixed(3);
  console.log(`${label.padEnd(46)} median ${at(0.5)} ms   p95 ${at(0.95)} ms   (n=${times.length})`);
}

const check = (p: PlanInhalt) => {
  const q = checkPlanQualitaet(p, { potenzialanalyse: pa });
  if (q.eintraege.length !== 12) throw new Error("unexpected result");
  return q;
};
console.log(`first call (hyphenator, lexicon): ${time(() => check(plan(-1))).toFixed(1)} ms`);
stats("check: all 12 entries new (no cache hit)", (i) => plan(i), check);
stats("check: one entry changed (keystroke)", (i) => plan(10_000 + i, "s4"), check);
const same = plan(0);
stats("check: unchanged plan (re-render)", () => same, check);
stats("save: codeInhalt, all texts new", (i) => plan(20_000 + i), codeInhalt);
