import { z } from "zod";

/**
 * The recipient's choice in the portal (issue 12 § 2): reminders by e-mail, off by default. Switching
 * them on needs an address; switching them off keeps the address (so switching on again is one click).
 */
export const EinwilligungSchema = z
  .object({
    email: z
      .string()
      .trim()
      .max(254, { message: "email" })
      .transform((e) => e.toLowerCase())
      .refine((e) => e === "" || z.string().email().safeParse(e).success, { message: "email" }),
    erinnerungen: z
      .string()
      .optional()
      .transform((v) => v === "ja"),
  })
  .refine((w) => !w.erinnerungen || w.email !== "", { message: "email", path: ["email"] });
export type Einwilligung = z.infer<typeof EinwilligungSchema>;
