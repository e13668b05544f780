import { compareIsoDate, type IsoDate } from "../shared/isoDate";
import { err, ok, type Result } from "../shared/result";
import { RECHTSSTAENDE, rechtsstandAm } from "../rechtsstand/rechtsstandAm";
import {
  laeuftAm,
  spaetestesEnde,
  type Schlichtung,
  type SchlichtungEndeInput,
  type SchlichtungStartInput,
} from "./schlichtung";

/**
 * Start of a Schlichtungsverfahren: only while § 15a a. F. is in force (start before 1.7.2026; abolished by
 * the 13. SGB II-ÄndG, RULES.md K-4), not in the future, and not while another one runs.
 */
export function pruefeSchlichtungStart(
  input: SchlichtungStartInput,
  bisherige: readonly Schlichtung[],
  heute: IsoDate,
): Result<{ spaetestesEnde: IsoDate }> {
  if (!RECHTSSTAENDE[rechtsstandAm(input.beginn)].schlichtung)
    return err("rechtsfolgen.schlichtung_neues_recht", "beginn");
  if (compareIsoDate(input.beginn, heute) > 0) return err("rechtsfolgen.datum_in_zukunft", "beginn");
  const ende = spaetestesEnde(input.beginn);
  const ueberschneidung = bisherige.some(
    (s) =>
      laeuftAm(s, input.beginn) ||
      laeuftAm({ beginn: input.beginn, beendetAm: null, spaetestesEnde: ende }, s.beginn),
  );
  if (ueberschneidung) return err("rechtsfolgen.schlichtung_laeuft_bereits", "beginn");
  return ok({ spaetestesEnde: ende });
}

/** End by agreement or without: not before the start, not after the four-week limit, not twice. */
export function pruefeSchlichtungEnde(s: Schlichtung, input: SchlichtungEndeInput): Result<true> {
  if (s.beendetAm !== null) return err("rechtsfolgen.schlichtung_beendet");
  if (compareIsoDate(input.am, s.beginn) < 0 || compareIsoDate(input.am, s.spaetestesEnde) > 0)
    return err("rechtsfolgen.schlichtung_ende_ausserhalb", "am");
  return ok(true);
}
