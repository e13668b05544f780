import { type RechtsfolgenFallInput } from "../rechtsfolgenFall";
import { buildFall } from "./fallFactory";
import { KEINE_MINDERUNG, zeile } from "./tabellenZeile";

const A7_2024 = "§ 31a Abs. 7 SGB II i. d. F. vom 28.3.2024";
const A7_2026 = "§ 31a Abs. 7 Satz 1 und 2 SGB II";
const NR2 = "§ 31 Abs. 1 Satz 1 Nr. 2 SGB II";

const av = (date: string, feststellung: string, extra: Partial<RechtsfolgenFallInput> = {}) =>
  buildFall({ event: "arbeitsverweigerung", date, feststellung, ...extra });
const vorAv = (date: string, beginn: string) => ({
  vorherige: [{ event: "arbeitsverweigerung" as const, date, prozent: 10, beginn }],
});

/** Rows on § 31a Abs. 7 around 28.3.2024, 27.3.2026 and 23.4.2026 (RULES.md H-3, T-4, S-4). */
export const TABELLE_ARBEITSVERWEIGERUNG = [
  zeile(
    `${NR2}: Arbeitsverweigerung am 27.3.2024, vor § 31a Abs. 7 → weitere Pflichtverletzung, 20 %`,
    NR2,
    av("2024-03-27", "2024-04-10", vorAv("2023-10-02", "2023-11")),
    { minderung: true, prozent: 20, monate: 2, beginn: "2024-05", ende: "2024-06" },
  ),
  zeile(
    `${A7_2024}: 28.3.2024, Minderung im Jahr davor → Regelbedarf entfällt, 2 Monate`,
    A7_2024,
    av("2024-03-28", "2024-04-10", vorAv("2023-10-02", "2023-11")),
    { minderung: true, prozent: 100, regelProzent: 100, monate: 2, beginn: "2024-05", ende: "2024-06" },
  ),
  zeile(
    `${A7_2024}: ohne Minderung im Jahr davor → nur § 31a Abs. 1, 10 %`,
    NR2,
    av("2025-05-05", "2025-05-20"),
    { minderung: true, prozent: 10, monate: 1, beginn: "2025-06", ende: "2025-06" },
  ),
  zeile(
    `${A7_2024} [U]: Vorminderung wegen anderer Pflichtverletzung zählt nicht (einstellbar) → 20 %`,
    NR2,
    av("2025-05-05", "2025-05-20", {
      vorherige: [{ event: "pflichtverletzung", date: "2025-01-10", prozent: 10, beginn: "2025-02" }],
    }),
    { prozent: 20, monate: 2, beginn: "2025-06", ende: "2025-07" },
  ),
  zeile(
    `${A7_2024}: 27.3.2026, letzter Tag der Fassung 2024 → Regelbedarf entfällt`,
    A7_2024,
    av("2026-03-27", "2026-04-10", vorAv("2025-12-01", "2026-01")),
    { prozent: 100, monate: 2, beginn: "2026-05", ende: "2026-06" },
  ),
  zeile(
    "§ 86 SGB II i. d. F. vom 28.3.2024: 28.3.2026, § 31a Abs. 7 außer Kraft → weitere Pflichtverletzung, 20 %",
    "§ 86 SGB II i. d. F. vom 28.3.2024",
    av("2026-03-28", "2026-04-10", vorAv("2025-12-01", "2026-01")),
    { prozent: 20, monate: 2, beginn: "2026-05", ende: "2026-06" },
  ),
  zeile(
    `${NR2}: 22.4.2026, letzter Tag ohne § 31a Abs. 7 → 20 %`,
    NR2,
    av("2026-04-22", "2026-04-30", vorAv("2025-12-01", "2026-01")),
    { prozent: 20, monate: 2, beginn: "2026-05", ende: "2026-06" },
  ),
  zeile(
    `${A7_2026}: 23.4.2026, neue Fassung ohne Vorminderung → Regelbedarf entfällt, höchstens 2 Monate`,
    A7_2026,
    av("2026-04-23", "2026-05-04"),
    { rechtsstand: "2023-07", prozent: 100, monate: 2, beginn: "2026-06", ende: "2026-07" },
  ),
  zeile(
    "§ 31b Abs. 3 Satz 1 SGB II: Arbeitsaufnahme im ersten Monat nicht mehr möglich → mindestens 1 Monat",
    "§ 31b Abs. 3 Satz 1 SGB II",
    av("2026-05-04", "2026-05-20", { erfuellt: "2026-06-10" }),
    { prozent: 100, monate: 1, beginn: "2026-06", ende: "2026-06", aufhebungAb: "2026-07-01" },
  ),
  zeile(
    "§ 31b Abs. 3 Satz 1 SGB II: Arbeitsaufnahme im zweiten Monat nicht mehr möglich → endet ab diesem Tag",
    "§ 31b Abs. 3 Satz 1 SGB II",
    av("2026-05-04", "2026-05-20", { erfuellt: "2026-07-15" }),
    { prozent: 100, monate: 2, beginn: "2026-06", ende: "2026-07", aufhebungAb: "2026-07-15" },
  ),
  zeile(
    "§ 31b Abs. 3 SGB II i. d. F. vom 28.3.2024: ohne Mindestdauer, endet ab dem Tag",
    "§ 31b Abs. 3 SGB II i. d. F. vom 28.3.2024",
    av("2024-06-03", "2024-06-20", { ...vorAv("2024-01-10", "2024-02"), erfuellt: "2024-07-10" }),
    { prozent: 100, monate: 1, beginn: "2024-07", ende: "2024-07", aufhebungAb: "2024-07-10" },
  ),
  zeile(
    `${A7_2026}: Arbeitsverweigerung am 6.7.2026 → Grundsicherungsgeld, Regelbedarf entfällt`,
    A7_2026,
    av("2026-07-06", "2026-07-20"),
    { rechtsstand: "2026-07", prozent: 100, monate: 2, beginn: "2026-08", ende: "2026-09" },
  ),
  zeile(
    "§ 15a Abs. 3 SGB II: Arbeitsverweigerung während der Schlichtung (Mai 2026) → keine Minderung",
    "§ 15a Abs. 3 SGB II",
    av("2026-05-04", "2026-05-20", { schlichtungLaeuft: true }),
    KEINE_MINDERUNG,
  ),
];
