import { describe, expect, it } from "vitest";
import { absatz7FassungAm, type Absatz7Fassung } from "../absatz7FassungAm";
import { rechtsstandAm } from "../rechtsstandAm";

describe("absatz7FassungAm", () => {
  it.each<[string, Absatz7Fassung | null, string]>([
    ["2024-03-27", null, "vor Inkrafttreten des § 31a Abs. 7 (HFG 2024)"],
    ["2024-03-28", "2024", "§ 31a Abs. 7 i. d. F. vom 28.3.2024 tritt in Kraft"],
    ["2026-03-27", "2024", "letzter Tag vor dem Außerkrafttreten (§ 86 SGB II)"],
    ["2026-03-28", null, "Lücke ohne § 31a Abs. 7"],
    ["2026-04-22", null, "letzter Tag der Lücke"],
    ["2026-04-23", "2026", "§ 31a Abs. 7 n. F. (13. SGB II-ÄndG) tritt in Kraft"],
    ["2026-07-01", "2026", "auch unter dem Grundsicherungsgeld"],
  ])("%s → %s (%s)", (date, fassung) => {
    expect(absatz7FassungAm(date)).toBe(fassung);
  });
});

describe("rechtsstandAm", () => {
  it.each([
    ["2026-06-30", "2023-07"],
    ["2026-07-01", "2026-07"],
  ] as const)("%s → %s (Stichtag 1.7.2026)", (date, rechtsstand) => {
    expect(rechtsstandAm(date)).toBe(rechtsstand);
  });
});
