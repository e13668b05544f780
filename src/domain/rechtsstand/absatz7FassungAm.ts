import { compareIsoDate, type IsoDate } from "../shared/isoDate";

/**
 * Which version of § 31a Abs. 7 SGB II (Arbeitsverweigerung, Regelbedarf entfällt) governs a refusal on a date.
 * - `2024`: Zweites Haushaltsfinanzierungsgesetz 2024, in force 28.3.2024, repealed at the end of 27.3.2026
 *   (§ 86 SGB II); needs a reduction within the last year.
 * - `null`: 28.3.2026 – 22.4.2026, no § 31a Abs. 7 (refusal is an ordinary Pflichtverletzung).
 * - `2026`: 13. SGB II-ÄndG (BGBl. 2026 I Nr. 107), in force since 23.4.2026; no prior reduction needed.
 * Independent of `rechtsstandAm`: the 2026 version already applies under the Bürgergeld law before 1.7.2026.
 */
export type Absatz7Fassung = "2024" | "2026";

export const ABSATZ7_2024_AB: IsoDate = "2024-03-28";
export const ABSATZ7_2024_BIS: IsoDate = "2026-03-27";
export const ABSATZ7_2026_AB: IsoDate = "2026-04-23";

/** The version of § 31a Abs. 7 SGB II in force on `date`, or `null` when there is none. */
export function absatz7FassungAm(date: IsoDate): Absatz7Fassung | null {
  if (compareIsoDate(date, ABSATZ7_2026_AB) >= 0) return "2026";
  if (compareIsoDate(date, ABSATZ7_2024_AB) >= 0 && compareIsoDate(date, ABSATZ7_2024_BIS) <= 0)
    return "2024";
  return null;
}
