import { z } from "zod";
import { AngebotSchema } from "../../domain/angebote/angebot";

/** Maximum remaining budget and cost per case: 100 million euros, in cents. */
export const MAX_CENT = 10_000_000_000;

/** One offer as sent by the API or the team-lead form (amounts in cents). */
export const AngebotInputSchema = AngebotSchema.omit({ id: true }).extend({
  restbudgetCent: z
    .number({ message: "number" })
    .int({ message: "number" })
    .min(0, { message: "number" })
    .max(MAX_CENT, { message: "number" })
    .nullable()
    .default(null),
  kostenProFallCent: z
    .number({ message: "number" })
    .int({ message: "number" })
    .positive({ message: "number" })
    .max(MAX_CENT, { message: "number" })
    .nullable()
    .default(null),
});
export type AngebotInput = z.infer<typeof AngebotInputSchema>;
