import { addMonths, compareIsoDate, type IsoDate } from "../shared/isoDate";
import { ersterTag } from "./monat";
import { type Ereignis, type VorherigeMinderung } from "./rechtsfolgenFall";

export interface Wiederholung {
  /** The latest earlier reduction whose period began at most `fensterMonate` before the event. */
  vorige: VorherigeMinderung | null;
  /** The latest earlier reduction, also when it is outside the window. */
  letzte: VorherigeMinderung | null;
}

/**
 * § 31a Abs. 1 Satz 4 und 5 SGB II: a breach is a "weitere" only if a reduction was already established and
 * the start of the previous reduction period lies not more than one year back, measured at the day of the
 * new breach. Exactly one year back still counts (date + 12 months, clamped per § 188 Abs. 3 BGB).
 */
export function findeWiederholung(
  date: IsoDate,
  vorherige: VorherigeMinderung[],
  zaehlendeEreignisse: readonly Ereignis[],
  fensterMonate: number,
): Wiederholung {
  const frueher = vorherige
    .filter((v) => v.prozent > 0 && v.beginn !== null && zaehlendeEreignisse.includes(v.event))
    .filter((v) => compareIsoDate(v.date, date) < 0)
    .sort((a, b) => compareIsoDate(ersterTag(a.beginn ?? ""), ersterTag(b.beginn ?? "")));
  const letzte = frueher.at(-1) ?? null;
  const imFenster = (v: VorherigeMinderung) =>
    v.beginn !== null && compareIsoDate(date, addMonths(ersterTag(v.beginn), fensterMonate)) <= 0;
  return { vorige: letzte && imFenster(letzte) ? letzte : null, letzte };
}
