import { z } from "zod";
import { IsoDateSchema, type IsoDate } from "../shared/isoDate";

export const ANHOERUNG_FORMEN = ["persoenlich", "schriftlich", "telefonisch"] as const;

/** Anhörung before the decision (§ 24 SGB X). */
export interface Anhoerung {
  id: string;
  ereignisId: string;
  am: IsoDate;
  form: (typeof ANHOERUNG_FORMEN)[number];
  persoenlichVerlangt: boolean;
  wichtigerGrund: boolean;
  haerte: boolean;
  ergebnis: string;
}

export const AnhoerungInputSchema = z.object({
  am: IsoDateSchema,
  form: z.enum(ANHOERUNG_FORMEN, { message: "choice" }),
  persoenlichVerlangt: z.boolean({ message: "choice" }).default(false),
  wichtigerGrund: z.boolean({ message: "choice" }),
  haerte: z.boolean({ message: "choice" }),
  ergebnis: z.string().trim().max(2000, { message: "max" }).default(""),
});
export type AnhoerungInput = z.infer<typeof AnhoerungInputSchema>;
