import { compareIsoDate, type IsoDate } from "../shared/isoDate";
import { err, ok, type Result } from "../shared/result";
import { type Brief } from "./brief";
import { type EreignisInput } from "./ereignis";

/**
 * No breach before it can happen: an event is not dated in the future, nor before the deadline of the
 * letter it belongs to (until then the person can still fulfil the duty, § 31 Abs. 1 SGB II), unless the
 * person declared seriously and finally that they will not fulfil it (`weigerungErklaert`, then `datum` is
 * the day of the declaration). Such a declaration only exists for a Pflichtverletzung: a missed appointment
 * (§ 32) or a job not taken up (§ 31a Abs. 7) happens on the day itself.
 */
export function pruefeEreignis(
  input: EreignisInput,
  brief: Pick<Brief, "frist"> | null,
  heute: IsoDate,
): Result<true> {
  if (compareIsoDate(input.datum, heute) > 0) return err("rechtsfolgen.datum_in_zukunft", "datum");
  if (input.weigerungErklaert && input.art !== "pflichtverletzung")
    return err("rechtsfolgen.weigerung_nur_pflichtverletzung", "weigerungErklaert");
  if (brief?.frist && compareIsoDate(input.datum, brief.frist) < 0 && !input.weigerungErklaert)
    return err("rechtsfolgen.ereignis_vor_frist", "datum");
  return ok(true);
}
