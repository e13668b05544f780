import { z } from "zod";
import { IsoDateSchema, type IsoDate } from "../shared/isoDate";
import { EREIGNISSE, type Ereignis } from "../rechtsfolgen/rechtsfolgenFall";

/**
 * A recorded Pflichtverletzung, Meldeversäumnis or Arbeitsverweigerung (§§ 31, 31a Abs. 7, 32 SGB II).
 * `weigerungErklaert`: the person declared seriously and finally, before the deadline, that they will not
 * fulfil the duty ("sich weigert", § 31 Abs. 1 Satz 1 Nr. 1); `datum` is then the day of the declaration.
 */
export interface RechtsfolgenEreignis {
  id: string;
  personId: string;
  art: Ereignis;
  datum: IsoDate;
  briefId: string | null;
  rechtsfolgenbelehrung: boolean;
  wichtigerGrund: boolean;
  haerte: boolean;
  erfuelltAm: IsoDate | null;
  beschreibung: string;
  weigerungErklaert: boolean;
}

const jaNein = z.boolean({ message: "choice" });

export const EreignisInputSchema = z
  .object({
    art: z.enum(EREIGNISSE, { message: "choice" }),
    datum: IsoDateSchema,
    briefId: z.string().uuid({ message: "id" }).nullable().default(null),
    rechtsfolgenbelehrung: jaNein,
    wichtigerGrund: jaNein.default(false),
    haerte: jaNein.default(false),
    erfuelltAm: IsoDateSchema.nullable().default(null),
    beschreibung: z.string().trim().max(1000, { message: "max" }).default(""),
    weigerungErklaert: jaNein.default(false),
  })
  .refine((e) => e.erfuelltAm === null || e.erfuelltAm >= e.datum, {
    message: "date",
    path: ["erfuelltAm"],
  });
export type EreignisInput = z.infer<typeof EreignisInputSchema>;
