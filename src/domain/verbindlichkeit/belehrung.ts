import { type Rechtsstand } from "../rechtsstand/rechtsstandAm";
import { type Konfidenz } from "../rechtsfolgen/regel";
import { type RegelConfig } from "../rechtsfolgen/regelConfig";

/** One sentence of a Rechtsfolgenbelehrung with the norm it rests on and its confidence tag. */
export interface BelehrungsSatz {
  text: string;
  norm: string;
  tag: Konfidenz;
}

const monate = (n: number) => `${n} ${n === 1 ? "Monat" : "Monate"}`;

function buergergeld(c: RegelConfig["buergergeld2023"]): BelehrungsSatz[] {
  const [p1, p2, p3] = c.pflichtverletzungProzent;
  const [m1, m2, m3] = c.pflichtverletzungMonate;
  return [
    {
      text: `Wenn Sie diesen Schritt ohne wichtigen Grund nicht erledigen, wird Ihr Bürgergeld gemindert. Beim ersten Mal um ${p1} % des Regelbedarfs für ${monate(m1)}.`,
      norm: "§ 31 Abs. 1 Satz 1 Nr. 1, § 31a Abs. 1 Satz 1, § 31b Abs. 2 SGB II",
      tag: "V",
    },
    {
      text: `Beim zweiten Mal innerhalb eines Jahres um ${p2} % für ${monate(m2)}, danach um ${p3} % für ${monate(m3)}.`,
      norm: "§ 31a Abs. 1 Satz 2–5, § 31b Abs. 2 SGB II",
      tag: "V",
    },
    {
      text: `Alle Minderungen zusammen betragen höchstens ${c.kappungProzent} % des Regelbedarfs. Die Kosten für Unterkunft und Heizung werden nicht gemindert.`,
      norm: "§ 31a Abs. 4 SGB II",
      tag: "V",
    },
    {
      text: "Wenn Sie einen wichtigen Grund haben, sagen Sie es uns und weisen Sie ihn nach. Dann gibt es keine Minderung.",
      norm: "§ 31 Abs. 1 Satz 2 SGB II",
      tag: "V",
    },
    {
      text: "Sobald Sie den Schritt nachholen oder ernsthaft erklären, dass Sie ihn erledigen, heben wir die Minderung auf.",
      norm: "§ 31a Abs. 1 Satz 6 SGB II",
      tag: "V",
    },
  ];
}

function grundsicherungsgeld(c: RegelConfig["grundsicherungsgeld2026"]): BelehrungsSatz[] {
  return [
    {
      text: `Wenn Sie diesen Schritt ohne wichtigen Grund nicht erledigen, wird Ihr Grundsicherungsgeld um ${c.pflichtverletzungProzent} % des Regelbedarfs für ${monate(c.pflichtverletzungMonate)} gemindert.`,
      norm: "§ 31 Abs. 1, § 31a, § 31b SGB II n. F.",
      tag: "S",
    },
    {
      text: `Alle Minderungen zusammen betragen höchstens ${c.kappungProzent} % des Regelbedarfs. Die Kosten für Unterkunft und Heizung werden nicht gemindert.`,
      norm: "§ 31a SGB II n. F.",
      tag: "U",
    },
    {
      text: "Wenn Sie einen wichtigen Grund haben, sagen Sie es uns und weisen Sie ihn nach. Dann gibt es keine Minderung.",
      norm: "§ 31 Abs. 1 Satz 2 SGB II",
      tag: "V",
    },
  ];
}

/**
 * The Rechtsfolgenbelehrung of a letter in plain German, built from the rules (and the jobcentre's
 * corrections of S/U parameters) of the period of law the letter is dated in.
 */
export function belehrung(rechtsstand: Rechtsstand, config: RegelConfig): BelehrungsSatz[] {
  return rechtsstand === "2023-07"
    ? buergergeld(config.buergergeld2023)
    : grundsicherungsgeld(config.grundsicherungsgeld2026);
}

/** The same as one text, each sentence followed by its norm (stored with the letter). */
export function belehrungText(saetze: readonly BelehrungsSatz[]): string {
  return saetze.map((s) => `${s.text} (${s.norm})`).join("\n");
}
