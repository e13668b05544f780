import { compareIsoDate, type IsoDate } from "../shared/isoDate";
import { err, ok, type Result } from "../shared/result";
import { type AnhoerungInput } from "./anhoerung";
import { type RechtsfolgenEreignis } from "./ereignis";

/**
 * § 31a Abs. 2 SGB II: the hearing is held in person when the person asks for it, and should be in person
 * anyway after repeated breaches or missed appointments (an earlier event of the person within one year).
 */
export function persoenlichErforderlich(
  ereignis: RechtsfolgenEreignis,
  fruehere: readonly RechtsfolgenEreignis[],
  verlangt: boolean,
): boolean {
  const jahrVorher = `${Number(ereignis.datum.slice(0, 4)) - 1}${ereignis.datum.slice(4)}`;
  const wiederholt = fruehere.some(
    (e) => e.id !== ereignis.id && e.datum < ereignis.datum && e.datum >= jahrVorher,
  );
  return verlangt || wiederholt;
}

/** A hearing lies on or after the event, not in the future, and in person where § 31a Abs. 2 asks for it. */
export function pruefeAnhoerung(
  ereignis: RechtsfolgenEreignis,
  fruehere: readonly RechtsfolgenEreignis[],
  input: AnhoerungInput,
  heute: IsoDate,
): Result<true> {
  if (compareIsoDate(input.am, ereignis.datum) < 0) return err("rechtsfolgen.anhoerung_vor_ereignis", "am");
  if (compareIsoDate(input.am, heute) > 0) return err("rechtsfolgen.datum_in_zukunft", "am");
  if (input.form !== "persoenlich" && persoenlichErforderlich(ereignis, fruehere, input.persoenlichVerlangt))
    return err("rechtsfolgen.anhoerung_persoenlich", "form");
  return ok(true);
}
