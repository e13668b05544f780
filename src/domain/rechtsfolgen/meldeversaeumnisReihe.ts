import { addMonths, compareIsoDate, type IsoDate } from "../shared/isoDate";
import { type RechtsfolgenFall } from "./rechtsfolgenFall";

export interface MeldeversaeumnisReihe {
  /** Missed appointments within the window, this one included (decides "first" or "repeated"). */
  anzahl: number;
  /** Missed appointments in a row since the last appointment kept, this one included. */
  inFolge: number;
}

/**
 * Counts missed appointments for the Grundsicherungsgeld law. [U] Earlier ones count when they lie within
 * `fensterMonate` before this one (whatever the period of law); "in Folge" counts those after
 * `letzterWahrgenommenerTermin` (without it: all in the window).
 */
export function zaehleMeldeversaeumnisse(
  fall: RechtsfolgenFall,
  fensterMonate: number,
): MeldeversaeumnisReihe {
  const fensterBeginn = addMonths(fall.date, -fensterMonate);
  const frueher = fall.vorherige
    .filter((v) => v.event === "meldeversaeumnis")
    .map((v) => v.date)
    .filter((d) => compareIsoDate(d, fall.date) < 0 && compareIsoDate(d, fensterBeginn) >= 0);
  const seit: IsoDate | null = fall.letzterWahrgenommenerTermin;
  const inFolge = seit === null ? frueher : frueher.filter((d) => compareIsoDate(d, seit) > 0);
  return { anzahl: frueher.length + 1, inFolge: inFolge.length + 1 };
}
