import { z } from "zod";
import { IsoDateSchema, type IsoDate } from "../shared/isoDate";
import { type RechtsfolgenErgebnis } from "../rechtsfolgen/rechtsfolgenErgebnis";
import { type RechtsfolgenFall } from "../rechtsfolgen/rechtsfolgenFall";

/** The decision of a member of staff on a calculated proposal; nothing is established automatically. */
export interface RechtsfolgenEntscheidung {
  id: string;
  ereignisId: string;
  entscheidung: "festgestellt" | "nicht_festgestellt";
  feststellungAm: IsoDate;
  /** Engine input and output at the time of the decision (traceability). */
  eingabe: RechtsfolgenFall;
  vorschlag: RechtsfolgenErgebnis;
  begruendung: string;
  u25AngebotAm: IsoDate | null;
  erstelltAm: string;
}

export const EntscheidungInputSchema = z.object({
  entscheidung: z.enum(["festgestellt", "nicht_festgestellt"], { message: "choice" }),
  feststellungAm: IsoDateSchema,
  begruendung: z.string().trim().max(2000, { message: "max" }).default(""),
});
export type EntscheidungInput = z.infer<typeof EntscheidungInputSchema>;

export const U25AngebotSchema = z.object({ am: IsoDateSchema });
