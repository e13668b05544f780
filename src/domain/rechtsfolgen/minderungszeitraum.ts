import { compareIsoDate, type IsoDate } from "../shared/isoDate";
import { addMonate, ersterTag, monateZwischen, monatVorTag, type Monat } from "./monat";

export interface Minderungszeitraum {
  beginn: Monat;
  monate: number;
  ende: Monat | null;
  /** The day from which the reduction is lifted early, or `null` when it runs its full length. */
  aufhebungAb: IsoDate | null;
}

/**
 * The months a reduction runs. Compliance (`erfuellt`) lifts it from that day once it has run at least
 * `mindestMonate` months, otherwise at the end of that minimum (§ 31b Abs. 2 Satz 2 SGB II: one month;
 * § 31b Abs. 3: one month since 23.4.2026, none in the 2024 version). `mindestMonate` null: no early end.
 * A month touched only in part counts as a month of the period.
 */
export function minderungszeitraum(
  beginn: Monat,
  monate: number,
  erfuellt: IsoDate | null,
  mindestMonate: number | null,
): Minderungszeitraum {
  const regulaer = {
    beginn,
    monate,
    ende: monate > 0 ? addMonate(beginn, monate - 1) : null,
    aufhebungAb: null,
  };
  if (erfuellt === null || mindestMonate === null) return regulaer;
  const fruehestens = ersterTag(addMonate(beginn, mindestMonate));
  const ab = compareIsoDate(erfuellt, fruehestens) < 0 ? fruehestens : erfuellt;
  if (compareIsoDate(ab, ersterTag(addMonate(beginn, monate))) >= 0) return regulaer;
  if (compareIsoDate(ab, ersterTag(beginn)) <= 0) return { beginn, monate: 0, ende: null, aufhebungAb: ab };
  const ende = monatVorTag(ab);
  return { beginn, monate: monateZwischen(beginn, ende) + 1, ende, aufhebungAb: ab };
}
