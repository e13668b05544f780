import { buildFall } from "./fallFactory";
import { KEINE_MINDERUNG, zeile } from "./tabellenZeile";

const mv = { event: "meldeversaeumnis" } as const;
const KAPPUNG = "§ 31a Abs. 4 Satz 1 SGB II";
const KAPPUNG_32 = "§ 32 Abs. 2 Satz 1, § 31a Abs. 4 Satz 1 SGB II";

/** Rows on prerequisites, exclusions, the 30 % cap and the under-25 deadline (RULES.md 1.2–1.6). */
export const TABELLE_AUSSCHLUESSE = [
  zeile(
    "§ 31 Abs. 1 Satz 1 SGB II: ohne Rechtsfolgenbelehrung oder Kenntnis → keine Minderung",
    "§ 31 Abs. 1 Satz 1 SGB II",
    buildFall({ rechtsfolgenbelehrung: false }),
    KEINE_MINDERUNG,
  ),
  zeile(
    "§ 31 Abs. 1 Satz 2 SGB II: wichtiger Grund → keine Pflichtverletzung",
    "§ 31 Abs. 1 Satz 2 SGB II",
    buildFall({ wichtigerGrund: true }),
    KEINE_MINDERUNG,
  ),
  zeile(
    "§ 32 Abs. 1 Satz 2 SGB II: wichtiger Grund beim Meldeversäumnis → keine Minderung",
    "§ 32 Abs. 1 Satz 2 SGB II",
    buildFall({ ...mv, wichtigerGrund: true }),
    KEINE_MINDERUNG,
  ),
  zeile(
    "§ 31a Abs. 3 SGB II: außergewöhnliche Härte → keine Minderung",
    "§ 31a Abs. 3 SGB II",
    buildFall({ haerte: true }),
    KEINE_MINDERUNG,
  ),
  zeile(
    "§ 32 Abs. 2 Satz 1, § 31a Abs. 3 SGB II: Härte beim Meldeversäumnis → keine Minderung",
    "§ 32 Abs. 2 Satz 1, § 31a Abs. 3 SGB II",
    buildFall({ ...mv, haerte: true }),
    KEINE_MINDERUNG,
  ),
  zeile(
    "§ 31a Abs. 3 SGB II n. F. [S]: Härte nach neuem Recht → keine Minderung",
    "§ 31a Abs. 3 SGB II n. F.",
    buildFall({ date: "2026-07-01", feststellung: "2026-07-10", haerte: true }),
    { rechtsstand: "2026-07", ...KEINE_MINDERUNG },
  ),
  zeile(
    "§ 15a Abs. 3 SGB II: Pflichtverletzung während der Schlichtung → keine Minderung",
    "§ 15a Abs. 3 SGB II",
    buildFall({ schlichtungLaeuft: true }),
    KEINE_MINDERUNG,
  ),
  zeile(
    "§ 15a Abs. 3 SGB II [U]: Meldeversäumnis während der Schlichtung → Minderung (Standard, einstellbar)",
    "§ 15a Abs. 3 SGB II",
    buildFall({ ...mv, schlichtungLaeuft: true }),
    { minderung: true, prozent: 10, monate: 1 },
  ),
  zeile(
    "§ 15a SGB II n. F. [S]: keine Schlichtung ab 1.7.2026 → Minderung 30 %",
    "§ 15a SGB II n. F.",
    buildFall({ date: "2026-07-01", feststellung: "2026-07-10", schlichtungLaeuft: true }),
    { rechtsstand: "2026-07", minderung: true, prozent: 30 },
  ),
  zeile(
    `${KAPPUNG_32}: 20 % laufend + 10 % Meldeversäumnis → zusammen 30 %`,
    KAPPUNG_32,
    buildFall({
      ...mv,
      vorherige: [{ event: "pflichtverletzung", date: "2025-02-01", prozent: 20, beginn: "2025-04" }],
    }),
    { minderung: true, prozent: 10, regelProzent: 10, gesamtProzent: 30, gekappt: false, beginn: "2025-05" },
  ),
  zeile(
    `${KAPPUNG_32}: 30 % laufend + 10 % Meldeversäumnis → gekappt, keine zusätzliche Minderung`,
    KAPPUNG_32,
    buildFall({
      ...mv,
      vorherige: [{ event: "pflichtverletzung", date: "2025-02-01", prozent: 30, beginn: "2025-04" }],
    }),
    { minderung: true, prozent: 0, regelProzent: 10, gesamtProzent: 30, gekappt: true, monate: 1 },
  ),
  zeile(
    `${KAPPUNG}: 2 × 10 % laufend + 20 % weitere Pflichtverletzung → im ersten Monat nur 10 %`,
    KAPPUNG,
    buildFall({
      vorherige: [
        { event: "pflichtverletzung", date: "2024-10-01", prozent: 10, beginn: "2024-11" },
        { event: "meldeversaeumnis", date: "2025-03-20", prozent: 10, beginn: "2025-05" },
        { event: "meldeversaeumnis", date: "2025-03-25", prozent: 10, beginn: "2025-05" },
      ],
    }),
    {
      prozent: 10,
      regelProzent: 20,
      gesamtProzent: 30,
      gekappt: true,
      verlauf: [
        { monat: "2025-05", prozent: 10, gesamtProzent: 30 },
        { monat: "2025-06", prozent: 20, gesamtProzent: 20 },
      ],
    },
  ),
  zeile(
    "§ 31a Abs. 6 SGB II: unter 25 → Beratungsangebot bis vier Wochen nach der Feststellung",
    "§ 31a Abs. 6 SGB II",
    buildFall({ alterUnter25: true }),
    {
      minderung: true,
      fristen: [
        { art: "feststellung_spaetestens", bis: "2025-09-10", norm: "§ 31b Abs. 1 Satz 3 SGB II" },
        { art: "beratungsangebot_u25", bis: "2025-05-13", norm: "§ 31a Abs. 6 SGB II" },
      ],
    },
  ),
  zeile(
    "§ 31a Abs. 6 SGB II: ohne Minderung (Härte) kein Beratungsangebot als Frist",
    "§ 31a Abs. 3 SGB II",
    buildFall({ alterUnter25: true, haerte: true }),
    { ...KEINE_MINDERUNG, fristen: [{ art: "feststellung_spaetestens", bis: "2025-09-10" }] },
  ),
  zeile(
    "§ 31a Abs. 6 SGB II n. F. [U]: unter 25 nach neuem Recht → Beratungsangebot bis 7.8.2026",
    "§ 31a Abs. 6 SGB II n. F.",
    buildFall({ date: "2026-07-01", feststellung: "2026-07-10", alterUnter25: true }),
    { fristen: [{ art: "feststellung_spaetestens" }, { art: "beratungsangebot_u25", bis: "2026-08-07" }] },
  ),
];
