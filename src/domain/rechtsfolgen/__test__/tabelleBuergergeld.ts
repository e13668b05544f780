import { expect } from "vitest";
import { KDU_NICHT_GEMINDERT } from "../bemessung";
import { type RechtsfolgenFallInput } from "../rechtsfolgenFall";
import { buildFall } from "./fallFactory";
import { KEINE_MINDERUNG, zeile } from "./tabellenZeile";

const vorPv = (date: string, prozent: number, beginn: string): Partial<RechtsfolgenFallInput> => ({
  vorherige: [{ event: "pflichtverletzung", date, prozent, beginn }],
});
/** Third breach: 30 % from May to July 2025. */
const dritte = (erfuellt: string) => buildFall({ ...vorPv("2024-08-05", 20, "2024-09"), erfuellt });
const ERFUELLUNG = "§ 31a Abs. 1 Satz 6, § 31b Abs. 2 Satz 2 SGB II";

/** Rows on grading, one-year window, six-month limit, start, housing costs and compliance (RULES.md 1.4–1.5). */
export const TABELLE_BUERGERGELD = [
  zeile(
    "§ 31a Abs. 1 Satz 1, § 31b Abs. 2 Satz 1 Nr. 1 SGB II: erste Pflichtverletzung → 10 % für 1 Monat",
    "§ 31a Abs. 1 Satz 1, § 31b Abs. 2 Satz 1 Nr. 1 SGB II",
    buildFall(),
    { rechtsstand: "2023-07", minderung: true, prozent: 10, monate: 1, beginn: "2025-05", ende: "2025-05" },
  ),
  zeile(
    "§ 31a Abs. 1 Satz 5 SGB II: vorige Minderung begann genau ein Jahr vorher → weitere, 20 % für 2 Monate",
    "§ 31a Abs. 1 Satz 2 und 4, § 31b Abs. 2 Satz 1 Nr. 2 SGB II",
    buildFall({ date: "2025-03-01", feststellung: "2025-03-20", ...vorPv("2024-02-05", 10, "2024-03") }),
    { prozent: 20, monate: 2, beginn: "2025-04", ende: "2025-05" },
  ),
  zeile(
    "§ 31a Abs. 1 Satz 5 SGB II: ein Jahr und ein Tag → wieder erste Pflichtverletzung, 10 %",
    "§ 31a Abs. 1 Satz 5 SGB II",
    buildFall({ date: "2025-03-02", feststellung: "2025-03-20", ...vorPv("2024-02-05", 10, "2024-03") }),
    { prozent: 10, monate: 1, beginn: "2025-04", ende: "2025-04" },
  ),
  zeile(
    "§ 31a Abs. 1 Satz 3, § 31b Abs. 2 Satz 1 Nr. 3 SGB II: vorige 20 % → jede weitere, 30 % für 3 Monate",
    "§ 31a Abs. 1 Satz 3, § 31b Abs. 2 Satz 1 Nr. 3 SGB II",
    buildFall(vorPv("2024-08-05", 20, "2024-09")),
    { prozent: 30, monate: 3, beginn: "2025-05", ende: "2025-07" },
  ),
  zeile(
    "§ 31a Abs. 1 Satz 4 SGB II [U]: Minderung nach § 32 macht keine weitere Pflichtverletzung → 10 %",
    "§ 31a Abs. 1 Satz 1, § 31b Abs. 2 Satz 1 Nr. 1 SGB II",
    buildFall({
      vorherige: [{ event: "meldeversaeumnis", date: "2025-01-10", prozent: 10, beginn: "2025-02" }],
    }),
    { prozent: 10, monate: 1 },
  ),
  zeile(
    "§ 31b Abs. 1 Satz 3 SGB II: Feststellung am letzten zulässigen Tag (10.9.2025) → Minderung",
    "§ 31b Abs. 1 Satz 3 SGB II",
    buildFall({ feststellung: "2025-09-10" }),
    { minderung: true, prozent: 10, beginn: "2025-10", ende: "2025-10" },
  ),
  zeile(
    "§ 31b Abs. 1 Satz 3 SGB II: Feststellung einen Tag zu spät (11.9.2025) → keine Minderung",
    "§ 31b Abs. 1 Satz 3 SGB II",
    buildFall({ feststellung: "2025-09-11" }),
    KEINE_MINDERUNG,
  ),
  zeile(
    "§ 31b Abs. 1 Satz 3 SGB II, § 188 Abs. 3 BGB: 31.8. + 6 Monate endet am 28.2. → 1.3. zu spät",
    "§ 31b Abs. 1 Satz 3 SGB II",
    buildFall({ date: "2025-08-31", feststellung: "2026-03-01" }),
    KEINE_MINDERUNG,
  ),
  zeile(
    "§ 32 Abs. 2 Satz 1, § 31b Abs. 1 Satz 3 SGB II: Meldeversäumnis, Feststellung zu spät → keine Minderung",
    "§ 32 Abs. 2 Satz 1, § 31b Abs. 1 Satz 3 SGB II",
    buildFall({ event: "meldeversaeumnis", feststellung: "2025-09-11" }),
    KEINE_MINDERUNG,
  ),
  zeile(
    "§ 31b Abs. 1 Satz 1 SGB II: Feststellung am 31.12.2025 → Beginn im Januar 2026",
    "§ 31b Abs. 1 Satz 1 SGB II",
    buildFall({ date: "2025-12-01", feststellung: "2025-12-31" }),
    { rechtsstand: "2023-07", beginn: "2026-01", ende: "2026-01" },
  ),
  zeile(
    "§ 31a Abs. 4 Satz 2 SGB II: Kosten der Unterkunft werden nie prozentual gemindert",
    "§ 31a Abs. 4 Satz 2 SGB II",
    buildFall(),
    { gruende: expect.arrayContaining([KDU_NICHT_GEMINDERT]) },
  ),
  zeile(
    `${ERFUELLUNG}: Erfüllung nach über einem Monat → endet ab diesem Tag`,
    ERFUELLUNG,
    dritte("2025-06-10"),
    { prozent: 30, monate: 2, beginn: "2025-05", ende: "2025-06", aufhebungAb: "2025-06-10" },
  ),
  zeile(
    `${ERFUELLUNG}: Erfüllung genau nach einem Monat (1.6.) → endet ab 1.6.`,
    ERFUELLUNG,
    dritte("2025-06-01"),
    { monate: 1, ende: "2025-05", aufhebungAb: "2025-06-01" },
  ),
  zeile(
    `${ERFUELLUNG}: Erfüllung im ersten Monat → endet mit Ablauf dieses Monats`,
    ERFUELLUNG,
    dritte("2025-05-20"),
    { monate: 1, ende: "2025-05", aufhebungAb: "2025-06-01" },
  ),
  zeile(`${ERFUELLUNG}: Erfüllung vor Beginn → trotzdem ein Monat`, ERFUELLUNG, dritte("2025-04-20"), {
    minderung: true,
    monate: 1,
    beginn: "2025-05",
    ende: "2025-05",
    aufhebungAb: "2025-06-01",
  }),
  zeile(`${ERFUELLUNG}: Erfüllung nach dem Ende → volle 3 Monate`, ERFUELLUNG, dritte("2025-09-01"), {
    monate: 3,
    ende: "2025-07",
    aufhebungAb: null,
  }),
  zeile(
    "§ 32 Abs. 2 Satz 2 SGB II: Mitwirkung beendet die Minderung wegen Meldeversäumnis nicht",
    "§ 32 Abs. 2 Satz 2 SGB II",
    buildFall({ event: "meldeversaeumnis", erfuellt: "2025-05-02" }),
    { prozent: 10, monate: 1, beginn: "2025-05", ende: "2025-05", aufhebungAb: null },
  ),
];
