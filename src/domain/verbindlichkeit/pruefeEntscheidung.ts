import { compareIsoDate, type IsoDate } from "../shared/isoDate";
import { err, ok, type Result } from "../shared/result";
import { type RechtsfolgenErgebnis } from "../rechtsfolgen/rechtsfolgenErgebnis";
import { type RechtsfolgenFall } from "../rechtsfolgen/rechtsfolgenFall";
import { type EntscheidungInput } from "./entscheidung";

/**
 * A person decides on the proposal. A reduction can be established only when the rules allow it: never
 * while a Schlichtung runs (§ 15a Abs. 3 a. F.), never without a hearing (§ 24 SGB X), never when the
 * proposal says no reduction (wichtiger Grund, Härte, six-month limit, …). An established Meldeversäumnis
 * without reduction (first missed appointment from 1.7.2026) is allowed, so later ones count.
 * Not establishing needs a reason in words.
 */
export function pruefeEntscheidung(
  input: EntscheidungInput,
  fall: RechtsfolgenFall,
  vorschlag: RechtsfolgenErgebnis,
  hatAnhoerung: boolean,
  heute: IsoDate,
): Result<true> {
  if (compareIsoDate(input.feststellungAm, fall.date) < 0)
    return err("rechtsfolgen.feststellung_vor_ereignis", "feststellungAm");
  if (input.entscheidung === "nicht_festgestellt")
    return input.begruendung === "" ? err("rechtsfolgen.begruendung_fehlt", "begruendung") : ok(true);
  if (compareIsoDate(input.feststellungAm, heute) > 0)
    return err("rechtsfolgen.datum_in_zukunft", "feststellungAm");
  if (fall.schlichtungLaeuft && fall.event !== "meldeversaeumnis")
    return err("rechtsfolgen.schlichtung_laeuft");
  if (!hatAnhoerung) return err("rechtsfolgen.anhoerung_fehlt");
  const ohneMinderungMeldung =
    fall.event === "meldeversaeumnis" &&
    vorschlag.rechtsstand === "2026-07" &&
    fall.rechtsfolgenbelehrung &&
    !fall.wichtigerGrund;
  if (!vorschlag.minderung && !vorschlag.nichtErreichbar && !ohneMinderungMeldung)
    return err("rechtsfolgen.keine_minderung");
  return ok(true);
}
