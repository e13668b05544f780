import { z } from "zod";
import { compareIsoDate, IsoDateSchema, type IsoDate } from "../shared/isoDate";
import { err, ok, type Result } from "../shared/result";
import type { PlanVersion } from "./planVersion";

export const BEENDIGUNG_GRUENDE = ["arbeitsaufnahme", "wegzug", "kein_leistungsbezug", "sonstiges"] as const;
export type BeendigungGrund = (typeof BEENDIGUNG_GRUENDE)[number];

/** Ending a plan: the day and why (e.g. the person took up work). */
export const BeendigungSchema = z.object({
  am: IsoDateSchema,
  grund: z.enum(BEENDIGUNG_GRUENDE, { message: "choice" }),
});
export type Beendigung = z.infer<typeof BeendigungSchema>;

/**
 * A plan can be ended once, when it has an agreed version, on a day not in the future and not before
 * that version's agreement date.
 */
export function pruefeBeendigung(
  versionen: readonly PlanVersion[],
  beendet: Beendigung | null,
  input: Beendigung,
  heute: IsoDate,
): Result<Beendigung> {
  if (beendet) return err("plan.beendet");
  const gueltig = versionen.find((v) => v.status === "abgestimmt");
  if (!gueltig?.abstimmung) return err("plan.kein_abgestimmter_plan");
  if (compareIsoDate(input.am, heute) > 0 || compareIsoDate(input.am, gueltig.abstimmung.am) < 0)
    return err("plan.beendigung_datum", "am");
  return ok(input);
}
