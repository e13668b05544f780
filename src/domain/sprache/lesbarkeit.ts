import { type Lesbarkeit, type Lesbarkeitsstufe, type TextStatistik } from "./befund";

/** Flesch-Amstad score from this value up: "leicht" (roughly: easy for most adults). */
export const LEICHT_AB = 60;
/** Flesch-Amstad score from this value up: "mittel"; below it: "schwer" (typical of legal texts). */
export const MITTEL_AB = 40;

/** Maps a Flesch-Amstad score to the three-step scale: leicht ≥ 60, mittel 40–59, schwer < 40. */
export function stufeOf(score: number): Lesbarkeitsstufe {
  if (score >= LEICHT_AB) return "leicht";
  if (score >= MITTEL_AB) return "mittel";
  return "schwer";
}

/**
 * Flesch reading ease adapted to German by Toni Amstad (1978):
 * `180 − ASL − 58.5 × ASW`, ASL = words per sentence, ASW = syllables per word.
 * ASL counts all words (also numbers); ASW counts only words made of letters. Clamped to 0–100,
 * rounded to whole numbers. Returns null for a text without letter words.
 */
export function fleschAmstad(stat: TextStatistik): Lesbarkeit | null {
  if (stat.buchstabenWoerter === 0 || stat.saetze === 0) return null;
  const asl = stat.woerter / stat.saetze;
  const asw = stat.silben / stat.buchstabenWoerter;
  const raw = 180 - asl - 58.5 * asw;
  const score = Math.round(Math.min(100, Math.max(0, raw)));
  return { score, stufe: stufeOf(score) };
}
