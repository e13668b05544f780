/** One entry's expected and predicted coding. */
export interface EvaluationRow {
  area: string;
  predictedArea: string;
  specific: boolean;
  predictedSpecific: boolean;
}

export interface Evaluation {
  n: number;
  areaAccuracy: number;
  specificAccuracy: number;
  /** Unweighted mean of the per-area F1 scores (areas that occur as expected or predicted). */
  macroF1: number;
  /** Per area: precision, recall, F1 and support. */
  perArea: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[expected][predicted] = count. */
  confusion: Record<string, Record<string, number>>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Accuracy of area and specific, macro-F1 of area and the confusion matrix of a labelled set. */
export function evaluateCoder(rows: readonly EvaluationRow[]): Evaluation {
  const confusion: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const line = (confusion[r.area] ??= {});
    line[r.predictedArea] = (line[r.predictedArea] ?? 0) + 1;
  }
  const areas = [...new Set(rows.flatMap((r) => [r.area, r.predictedArea]))].sort();
  const perArea: Evaluation["perArea"] = {};
  for (const a of areas) {
    const tp = rows.filter((r) => r.area === a && r.predictedArea === a).length;
    const precision = ratio(tp, rows.filter((r) => r.predictedArea === a).length);
    const recall = ratio(tp, rows.filter((r) => r.area === a).length);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perArea[a] = { precision, recall, f1, support: rows.filter((r) => r.area === a).length };
  }
  return {
    n: rows.length,
    areaAccuracy: ratio(rows.filter((r) => r.area === r.predictedArea).length, rows.length),
    specificAccuracy: ratio(rows.filter((r) => r.specific === r.predictedSpecific).length, rows.length),
    macroF1: ratio(
      Object.values(perArea).reduce((s, p) => s + p.f1, 0),
      areas.length,
    ),
    perArea,
    confusion,
  };
}
