import { describe, expect, it } from "vitest";
import { minderungszeitraum } from "../minderungszeitraum";

describe("minderungszeitraum", () => {
  it.each([
    ["§ 31b Abs. 2 Satz 1 SGB II: ohne Erfüllung voller Zeitraum", null, 1, 3, "2025-07", null],
    [
      "§ 31b Abs. 2 Satz 2 SGB II: Erfüllung am 15.6. → ab 15.6.",
      "2025-06-15",
      1,
      2,
      "2025-06",
      "2025-06-15",
    ],
    [
      "§ 31b Abs. 2 Satz 2 SGB II: Erfüllung am 2.5. → Ablauf Mai",
      "2025-05-02",
      1,
      1,
      "2025-05",
      "2025-06-01",
    ],
    ["§ 32 Abs. 2 Satz 2 SGB II: keine vorzeitige Aufhebung", "2025-05-02", null, 3, "2025-07", null],
    [
      "§ 31b Abs. 3 SGB II i. d. F. 2024: Arbeit vor Beginn weg → kein Monat",
      "2025-04-20",
      0,
      0,
      null,
      "2025-05-01",
    ],
  ] as const)("%s", (_name, erfuellt, mindest, monate, ende, aufhebungAb) => {
    expect(minderungszeitraum("2025-05", 3, erfuellt, mindest)).toEqual({
      beginn: "2025-05",
      monate,
      ende,
      aufhebungAb,
    });
  });
});
