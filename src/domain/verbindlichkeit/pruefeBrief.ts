import { compareIsoDate, type IsoDate } from "../shared/isoDate";
import { err, ok, type Result } from "../shared/result";
import { type PlanVersion } from "../kooperationsplan/planVersion";
import { type Schritt } from "../kooperationsplan/planInhalt";
import { type BriefVorbereitenInput } from "./brief";
import { briefArtAm } from "./briefArtAm";

/**
 * A letter is prepared from a step of the agreed (current) plan version. Its kind follows the law on the
 * day it is dated (`briefArtAm`); the button the user pressed must match, so nobody sends an Aufforderung
 * mit Rechtsfolgenbelehrung after 30.6.2026 by mistake. The letter is not dated before the plan or in the
 * future, and the step's deadline is not before the letter.
 */
export function pruefeBrief(
  version: PlanVersion,
  schrittId: string,
  input: BriefVorbereitenInput,
  heute: IsoDate,
): Result<Schritt> {
  if (version.status !== "abgestimmt" || version.abstimmung === null)
    return err("rechtsfolgen.plan_nicht_vereinbart");
  const schritt = version.inhalt.schritte.find((s) => s.id === schrittId);
  if (!schritt) return err("nicht_gefunden");
  if (compareIsoDate(input.datum, version.abstimmung.am) < 0)
    return err("rechtsfolgen.brief_vor_plan", "datum");
  if (compareIsoDate(input.datum, heute) > 0) return err("rechtsfolgen.datum_in_zukunft", "datum");
  if (briefArtAm(input.datum) !== input.art) return err("rechtsfolgen.falsches_recht", "datum");
  if (compareIsoDate(input.frist, input.datum) < 0) return err("rechtsfolgen.frist_vor_brief", "frist");
  return ok(schritt);
}
