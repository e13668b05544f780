import { type IsoDate } from "../shared/isoDate";
import { RECHTSSTAENDE, rechtsstandAm } from "../rechtsstand/rechtsstandAm";

/**
 * Which letter makes a step binding on the day the letter is dated: until 30.6.2026 an Aufforderung mit
 * Rechtsfolgenbelehrung (§ 15 Abs. 5/6 a. F.), from 1.7.2026 a Verpflichtung by Verwaltungsakt (§ 15a n. F.).
 */
export function briefArtAm(datum: IsoDate): "aufforderung" | "verpflichtung" {
  const info = RECHTSSTAENDE[rechtsstandAm(datum)];
  return info.verbindlichkeit === "verwaltungsakt" ? "verpflichtung" : "aufforderung";
}
