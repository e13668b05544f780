import { z } from "zod";
import { IsoDateSchema } from "../shared/isoDate";

/**
 * A note that the plan was not discussed at an appointment, and why. Research on practice
 * (IAB-FB 2/2026) saw both: a valid plan in place, or a conversation that would overwhelm the person.
 */
export const GRUND_NICHT_BESPROCHEN = ["gueltiger_plan", "ueberforderung", "sonstiges"] as const;

export const TerminvermerkInputSchema = z
  .object({
    datum: IsoDateSchema,
    grund: z.enum(GRUND_NICHT_BESPROCHEN, { message: "choice" }),
    bemerkung: z.string().trim().max(500, { message: "max" }).default(""),
  })
  .refine((v) => v.grund !== "sonstiges" || v.bemerkung !== "", { message: "required", path: ["bemerkung"] });
export type TerminvermerkInput = z.infer<typeof TerminvermerkInputSchema>;
