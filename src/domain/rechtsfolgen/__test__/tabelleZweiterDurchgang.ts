import { buildFall } from "./fallFactory";
import { KEINE_MINDERUNG, zeile } from "./tabellenZeile";

const S4 = "§ 31a Abs. 1 Satz 4 SGB II";
const vor = (v: Record<string, unknown>) => ({
  vorherige: [
    { event: "pflichtverletzung" as const, date: "2024-10-01", prozent: 10, beginn: "2024-12", ...v },
  ],
});

/** Rows of issue 11 (second pass): letter, "bereits zuvor festgestellt", level after § 31a Abs. 7. */
export const TABELLE_ZWEITER_DURCHGANG = [
  zeile(
    `${S4} [U]: frühere Minderung erst nach der neuen Pflichtverletzung festgestellt → erste, 10 %`,
    S4,
    buildFall(vor({ date: "2025-02-01", beginn: "2025-04", feststellung: "2025-03-20" })),
    { prozent: 10, monate: 1 },
  ),
  zeile(
    `${S4} [U]: frühere Minderung vor der neuen Pflichtverletzung festgestellt → weitere, 20 %`,
    "§ 31a Abs. 1 Satz 2 und 4, § 31b Abs. 2 Satz 1 Nr. 2 SGB II",
    buildFall(vor({ feststellung: "2024-11-10" })),
    { prozent: 20, monate: 2 },
  ),
  zeile(
    `${S4} [U]: ohne feststellung, Beginn im Monat nach der neuen Pflichtverletzung → ungewiss, zugunsten der Person 10 %`,
    S4,
    buildFall(vor({ date: "2025-02-01", beginn: "2025-04" })),
    { prozent: 10, monate: 1 },
  ),
  zeile(
    "§ 31a Abs. 1 Satz 2 und 3, Abs. 7 SGB II [U]: nach Wegfall (100 %) zählt die Zahl der Pflichtverletzungen → 20 %",
    "§ 31a Abs. 1 Satz 2 und 3, Abs. 7 SGB II",
    buildFall({
      vorherige: [{ event: "arbeitsverweigerung", date: "2024-10-01", prozent: 100, beginn: "2024-12" }],
    }),
    { prozent: 20, monate: 2 },
  ),
  zeile(
    "§ 15 Abs. 4 SGB II a. F. [U]: versäumte erste Einladung (altes Recht) → keine Minderung",
    "§ 15 Abs. 4 SGB II a. F., § 32 Abs. 1 Satz 1 SGB II",
    buildFall({
      event: "meldeversaeumnis",
      rechtsfolgenbelehrung: undefined,
      brief: { art: "einladung", datum: "2025-02-20", rechtsfolgenbelehrung: false, ersteEinladung: true },
    }),
    KEINE_MINDERUNG,
  ),
  zeile(
    "§ 65a SGB II n. F. [U]: Aufforderung mit Belehrung a. F., Pflichtverletzung ab 1.7.2026 → keine Minderung",
    "§ 31 Abs. 1 Satz 1, § 32 Abs. 1 SGB II n. F., § 65a SGB II n. F.",
    buildFall({
      date: "2026-07-10",
      feststellung: "2026-07-20",
      rechtsfolgenbelehrung: undefined,
      brief: { art: "aufforderung", datum: "2026-06-01", frist: "2026-07-09", rechtsfolgenbelehrung: true },
    }),
    KEINE_MINDERUNG,
  ),
];
