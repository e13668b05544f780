import { addMonths, compareIsoDate, type IsoDate } from "../shared/isoDate";
import { addMonate, ersterTag } from "./monat";
import { type Ereignis, type VorherigeMinderung } from "./rechtsfolgenFall";

/**
 * § 31a Abs. 7 SGB II i. d. F. vom 28.3.2024: the Bürgergeld must have been reduced within the last year
 * before the refusal. A reduction counts when its period overlaps that year. [U] Which earlier events count
 * is configurable (`vorminderungEreignisse`, default: only an earlier refusal of work).
 */
export function findeVorminderung2024(
  date: IsoDate,
  vorherige: VorherigeMinderung[],
  ereignisse: readonly Ereignis[],
  fensterMonate: number,
  dauer: (v: VorherigeMinderung) => number,
): VorherigeMinderung | null {
  const fensterBeginn = addMonths(date, -fensterMonate);
  const treffer = vorherige.filter(
    (v) =>
      v.prozent > 0 &&
      v.beginn !== null &&
      ereignisse.includes(v.event) &&
      compareIsoDate(v.date, date) < 0 &&
      compareIsoDate(ersterTag(addMonate(v.beginn, dauer(v))), fensterBeginn) > 0,
  );
  return treffer.at(-1) ?? null;
}
