/**
 * Benchmark: plain-language check + completeness check of a realistic 12-entry plan.
 * Run: `npx tsx scripts/bench/quality.ts [iterations]`. Prints median and p95 per plan in ms for
 * three editor situations: every text new (no text cache hit), one entry changed (a keystroke),
 * nothing changed (re-render). Target for our part: well under 0.5 ms median; with the entry coder
 * (`domain/coding`, uncached, as `areaOf`) the joint target is ≤ 1 ms median.
 */
import { codeEntry } from "../../src/domain/coding";
import { PlanInhaltSchema, type PlanInhalt } from "../../src/domain/kooperationsplan/planInhalt";
import { areaOfFromMap, type AreaOf } from "../../src/domain/qualitaet/areaOf";
import { checkVollstaendigkeit } from "../../src/domain/qualitaet/vollstaendigkeit";
import { checkPlanSprache } from "../../src/domain/sprache/checkPlanSprache";

const ITERATIONS = Number(process.argv[2] ?? 3000);
const WARMUP = 300;

function plan(variant: number, changeOnly?: string): PlanInhalt {
  const v = (id: string) => (changeOnly === undefined || changeOnly === id ? ` (Stand ${variant})` : "");
  return PlanInhaltSchema.parse({
    berufsziel: `Ich arbeite ab dem 01.07.2026 als Fachkraft für Lagerlogistik in Vollzeit${v("ziel")}.`,
    zwischenziele: [
      { id: "z1", text: `Ich bestehe bis zum 30.06.2026 die Prüfung Deutsch B1${v("z1")}.` },
      { id: "z2", text: `Mein Kind hat ab dem 01.04.2026 einen Platz in der Kita${v("z2")}.` },
    ],
    schritte: [
      {
        id: "s1",
        text: `Ich bewerbe mich jeden Monat auf mindestens 5 Stellen als Lagerhelfer${v("s1")}.`,
        haeufigkeit: "5 Bewerbungen im Monat",
        nachweis: "Liste der Bewerbungen zum nächsten Termin",
      },
      {
        id: "s2",
        text: `Ich gehe ab dem 02.03.2026 an jedem Kurstag zum Integrationskurs bei der VHS${v("s2")}.`,
      },
      {
        id: "s3",
        text: `Die Unterlagen für die Anerkennung sind unverzüglich beim Jobcenter vorzulegen${v("s3")}.`,
        frist: "2026-03-15",
      },
      { id: "s4", text: `Ich frage bis zum 15.03. bei 3 Kitas in Neustadt nach einem Platz${v("s4")}.` },
      {
        id: "s5",
        text: `Ich gehe am 12.03.2026 zur Jobmesse „Karrieretag“ und spreche mit 3 Firmen${v("s5")}.`,
      },
    ],
    unterstuetzung: [
      {
        id: "u1",
        text: `Das Jobcenter schickt mir jeden Monat mindestens 3 passende Stellenangebote${v("u1")}.`,
      },
      {
        id: "u2",
        text: `Die Kosten für Bewerbungen werden gemäß § 44 SGB III bis zu 260 Euro im Jahr übernommen${v("u2")}.`,
      },
      {
        id: "u3",
        text: `Das Jobcenter gibt mir bis zum 31.03. einen Gutschein für ein Coaching bei Lernwerk Nord${v("u3")}.`,
      },
    ],
    andereStellen: [
      { id: "a1", text: `Die Schuldnerberatung der Caritas Neustadt hilft mir ab März${v("a1")}.` },
    ],
    vermittlungsfelder: "Lager, Logistik, Versand",
    wasSonstNochWichtig: "Ich kann wegen der Kinder nur bis 15 Uhr arbeiten. Ab Herbst geht auch Vollzeit.",
  });
}

const areaOf = areaOfFromMap(
  new Map([
    ["z1", "sprache"],
    ["z2", "familie_persoenliches"],
    ["s1", "arbeit"],
    ["s2", "sprache"],
    ["s3", "qualifizierung"],
    ["s4", "familie_persoenliches"],
    ["s5", "arbeit"],
    ["u1", "vermittlung"],
    ["u2", "foerderung"],
    ["u3", "foerderung"],
    ["a1", "vermittlung_an_dienste"],
  ]),
);
const pa = { sprachniveauDeutsch: "A2", gesundheitlicheEinschraenkung: false } as const;

/** The coder from domain/coding as areaOf (uncached), for the joint figure: coding + checking. */
const coderAreaOf: AreaOf = (eintrag, art) => codeEntry({ kind: art, text: eintrag.text }).area;

function check(inhalt: PlanInhalt, withCoder: boolean): number {
  const t0 = performance.now();
  const sprache = checkPlanSprache(inhalt);
  const hinweise = checkVollstaendigkeit(inhalt, {
    potenzialanalyse: pa,
    areaOf: withCoder ? coderAreaOf : areaOf,
    ueberpruefungAm: "2026-09-01",
  });
  const t1 = performance.now();
  if (sprache.eintraege.size < 12 || hinweise.length > 10) throw new Error("unexpected result");
  return t1 - t0;
}

function stats(label: string, make: (i: number) => PlanInhalt, withCoder = false): void {
  const plans = Array.from({ length: ITERATIONS + WARMUP }, (_, i) => make(i));
  const times = plans
    .map((p) => check(p, withCoder))
    .slice(WARMUP)
    .sort((a, b) => a - b);
  const at = (q: number) =>
    (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN).toFixed(3);
  console.log(`${label.padEnd(38)} median ${at(0.5)} ms   p95 ${at(0.95)} ms   (n=${times.length})`);
}

const t0 = performance.now();
check(plan(-1), false);
console.log(`first call (hyphenator + regex setup): ${(performance.now() - t0).toFixed(1)} ms`);
// Distinct variant offsets keep each scenario's texts new (no cache hit carried over).
stats("all 12 texts new (no text-cache hit)", (i) => plan(i));
stats("one entry changed (keystroke)", (i) => plan(10_000 + i, "s3"));
const same = plan(0);
stats("unchanged plan (re-render)", () => same);
stats("with coder: all 12 texts new", (i) => plan(20_000 + i), true);
stats("with coder: one entry changed", (i) => plan(30_000 + i, "s3"), true);
stats("with coder: unchanged plan", () => same, true);
