export const SPRACHNIVEAU = ["muttersprache", "C2", "C1", "B2", "B1", "A2", "A1", "keine"] as const;
export type Sprachniveau = (typeof SPRACHNIVEAU)[number];

/** Below B1 in German, a language course (§ 15 Abs. 2 Satz 2 Nr. 3) should be considered. */
export function hasSprachbedarf(pa: { sprachniveauDeutsch: Sprachniveau }): boolean {
  return ["A2", "A1", "keine"].includes(pa.sprachniveauDeutsch);
}
