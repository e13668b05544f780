import { buildFall } from "./fallFactory";
import { KEINE_MINDERUNG, zeile } from "./tabellenZeile";

const PV_NF = "§ 31a Abs. 1, § 31b Abs. 2 SGB II n. F.";

/** Rows on both sides of 1.7.2026 (RULES.md K-7, S-1, S-2). */
export const TABELLE_RECHTSSTAND = [
  zeile(
    "§ 65a SGB II n. F. (K-7): Pflichtverletzung am 30.6.2026, Feststellung im Juli → altes Recht, 10 % für 1 Monat",
    "§ 65a SGB II n. F.",
    buildFall({ date: "2026-06-30", feststellung: "2026-07-10" }),
    { rechtsstand: "2023-07", minderung: true, prozent: 10, monate: 1, beginn: "2026-08", ende: "2026-08" },
  ),
  zeile(
    `${PV_NF} [S]: Pflichtverletzung am 1.7.2026 → Grundsicherungsgeld, 30 % für 3 Monate`,
    PV_NF,
    buildFall({ date: "2026-07-01", feststellung: "2026-07-10" }),
    { rechtsstand: "2026-07", minderung: true, prozent: 30, monate: 3, beginn: "2026-08", ende: "2026-10" },
  ),
  zeile(
    "§ 32 Abs. 1 Satz 1, Abs. 2 Satz 2 SGB II: Meldeversäumnis am 30.6.2026 → 10 % für 1 Monat",
    "§ 32 Abs. 1 Satz 1, Abs. 2 Satz 2 SGB II",
    buildFall({ event: "meldeversaeumnis", date: "2026-06-30", feststellung: "2026-07-10" }),
    { rechtsstand: "2023-07", minderung: true, prozent: 10, monate: 1, beginn: "2026-08", ende: "2026-08" },
  ),
  zeile(
    "§ 32 Abs. 1 SGB II n. F. [S]: erstes Meldeversäumnis am 1.7.2026 → keine Minderung",
    "§ 32 Abs. 1 SGB II n. F.",
    buildFall({ event: "meldeversaeumnis", date: "2026-07-01", feststellung: "2026-07-10" }),
    { rechtsstand: "2026-07", ...KEINE_MINDERUNG },
  ),
  zeile(
    `${PV_NF} [S]: keine Staffelung ab 1.7.2026, auch nach früherer Minderung → 30 %`,
    PV_NF,
    buildFall({
      date: "2026-07-15",
      feststellung: "2026-07-20",
      vorherige: [{ event: "pflichtverletzung", date: "2026-04-01", prozent: 10, beginn: "2026-05" }],
    }),
    { rechtsstand: "2026-07", prozent: 30, monate: 3, beginn: "2026-08", ende: "2026-10" },
  ),
];
