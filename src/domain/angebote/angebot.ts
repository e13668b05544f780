import { z } from "zod";
import { ZIEL_BEREICHE } from "../qualitaet/bereiche";
import { ANGEBOT_TYPEN } from "./angebotTyp";

const cents = z.number().int({ message: "cents" });

/** One support offer of a jobcentre (data from the database; validated at the boundary). */
export const AngebotSchema = z.object({
  id: z.string().min(1).max(60),
  typ: z.enum(ANGEBOT_TYPEN, { message: "choice" }),
  /** Short plain title, e.g. "Bewerbungscoaching bei Lernwerk Nord". */
  titel: z.string().trim().min(1, { message: "required" }).max(200, { message: "max" }),
  traeger: z.string().trim().max(200).optional(),
  /** Optional plain description for staff (who it is for, how to apply). */
  beschreibung: z.string().trim().max(500, { message: "max" }).optional(),
  /** Plan areas the offer fits; empty = the default areas of its type ({@link STANDARD_BEREICHE}). */
  bereiche: z.array(z.enum(ZIEL_BEREICHE)).default([]),
  /** Remaining budget in cents; null or missing = unknown. Negative values count as exhausted. */
  restbudgetCent: cents.nullable().optional(),
  /** Usual cost of one case in cents; with it, "knapp" means less than {@link KNAPP_FAELLE} cases left. */
  kostenProFallCent: cents.positive().nullable().optional(),
  aktiv: z.boolean().default(true),
});
export type Angebot = z.infer<typeof AngebotSchema>;
export type AngebotInput = z.input<typeof AngebotSchema>;

/** A jobcentre's catalogue of offers. */
export const AngebotskatalogSchema = z.object({
  jobcenterId: z.string().min(1).max(60),
  angebote: z.array(AngebotSchema).max(500),
});
export type Angebotskatalog = z.infer<typeof AngebotskatalogSchema>;
