import { describe, expect, it } from "vitest";
import { evaluateCoder } from "../evaluateCoder";

describe("evaluateCoder", () => {
  it("computes accuracies, macro-F1 and the confusion matrix", () => {
    const e = evaluateCoder([
      { area: "arbeit", predictedArea: "arbeit", specific: true, predictedSpecific: true },
      { area: "arbeit", predictedArea: "sprache", specific: false, predictedSpecific: true },
      { area: "sprache", predictedArea: "sprache", specific: false, predictedSpecific: false },
      { area: "sprache", predictedArea: "sprache", specific: true, predictedSpecific: true },
    ]);
    expect(e.areaAccuracy).toBe(0.75);
    expect(e.specificAccuracy).toBe(0.75);
    expect(e.perArea.arbeit).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    expect(e.perArea.sprache?.f1).toBeCloseTo(0.8);
    expect(e.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(e.confusion).toEqual({ arbeit: { arbeit: 1, sprache: 1 }, sprache: { sprache: 2 } });
  });

  it("returns zeros for an empty set", () => {
    expect(evaluateCoder([])).toMatchObject({ n: 0, areaAccuracy: 0, specificAccuracy: 0, macroF1: 0 });
  });
});
