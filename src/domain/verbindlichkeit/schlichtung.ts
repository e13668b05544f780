import { z } from "zod";
import { addDays, compareIsoDate, IsoDateSchema, type IsoDate } from "../shared/isoDate";

/** Schlichtungsverfahren (§ 15a SGB II a. F.): ends with agreement, at the latest four weeks after its start. */
export const SCHLICHTUNG_TAGE = 28;

export type Beendigung = "einigung" | "ohne_einigung" | "fristablauf";

export interface Schlichtung {
  id: string;
  personId: string;
  beantragtVon: "person" | "jobcenter";
  schlichterName: string;
  beginn: IsoDate;
  spaetestesEnde: IsoDate;
  beendetAm: IsoDate | null;
  beendigung: Beendigung | null;
  ergebnis: string;
}

export const SchlichtungStartSchema = z.object({
  beantragtVon: z.enum(["person", "jobcenter"], { message: "choice" }),
  schlichterName: z.string().trim().min(1, { message: "required" }).max(200, { message: "max" }),
  beginn: IsoDateSchema,
});
export type SchlichtungStartInput = z.infer<typeof SchlichtungStartSchema>;

export const SchlichtungEndeSchema = z.object({
  am: IsoDateSchema,
  einigung: z.boolean({ message: "choice" }),
  ergebnis: z.string().trim().max(2000, { message: "max" }).default(""),
});
export type SchlichtungEndeInput = z.infer<typeof SchlichtungEndeSchema>;

/** The last day of the procedure when no agreement ends it earlier (§ 15a Abs. 4 a. F.). */
export function spaetestesEnde(beginn: IsoDate): IsoDate {
  return addDays(beginn, SCHLICHTUNG_TAGE);
}

/** The day the procedure ended or ends: recorded end, else the four-week limit. */
export function endeVon(s: Pick<Schlichtung, "beendetAm" | "spaetestesEnde">): IsoDate {
  return s.beendetAm ?? s.spaetestesEnde;
}

/** Did the procedure run on `datum` (start and last day included)? */
export function laeuftAm(
  s: Pick<Schlichtung, "beginn" | "beendetAm" | "spaetestesEnde">,
  datum: IsoDate,
): boolean {
  return compareIsoDate(s.beginn, datum) <= 0 && compareIsoDate(datum, endeVon(s)) <= 0;
}

export type SchlichtungStatus = "laeuft" | "beendet" | "abgelaufen";

/** `abgelaufen`: the four weeks are over without a recorded end (it ended automatically). */
export function schlichtungStatus(s: Schlichtung, heute: IsoDate): SchlichtungStatus {
  if (s.beendetAm !== null) return "beendet";
  return compareIsoDate(heute, s.spaetestesEnde) <= 0 ? "laeuft" : "abgelaufen";
}
