import { z } from "zod";
import { IsoDateSchema } from "../shared/isoDate";
import { decodeCursor, type AuditCursor } from "./auditSeite";

export const AUDIT_AKTIONEN = [
  "lesen",
  "anlegen",
  "aendern",
  "abstimmen",
  "verwerfen",
  "exportieren",
  "anmelden",
  "abmelden",
  "verweigert",
] as const;

export const AuditAktionSchema = z.enum(AUDIT_AKTIONEN, { message: "choice" });

const uuid = z.string().trim().uuid({ message: "id" });
const leer = (v: unknown) => (v === "" ? undefined : v);

/**
 * Filters of the jobcentre-wide audit view: staff member, person, action and period (Berlin calendar
 * dates, both ends included), and the page token. Empty form fields count as not set.
 */
const felder = {
  akteurId: z.preprocess(leer, uuid.optional()),
  personId: z.preprocess(leer, uuid.optional()),
  aktion: z.preprocess(leer, AuditAktionSchema.optional()),
  von: z.preprocess(leer, IsoDateSchema.optional()),
  bis: z.preprocess(leer, IsoDateSchema.optional()),
  nach: z.preprocess(
    leer,
    z
      .string()
      .max(100, { message: "ungueltig" })
      .transform((t, ctx): AuditCursor => {
        const c = decodeCursor(t);
        if (!c) {
          ctx.addIssue({ code: "custom", message: "ungueltig" });
          return z.NEVER;
        }
        return c;
      })
      .optional(),
  ),
};

export const AuditFilterSchema = z
  .object(felder)
  .strict()
  .refine((f) => !f.von || !f.bis || f.von <= f.bis, { message: "zeitraum", path: ["bis"] });

export type AuditFilterInput = z.input<typeof AuditFilterSchema>;
export type AuditFilter = z.output<typeof AuditFilterSchema>;

/** Only the page token (the per-person protocol has no other filters). */
export const AuditSeiteQuerySchema = z.object({ nach: felder.nach }).strict();
