import { z } from "zod";
import { IsoDateSchema, ageOn, type IsoDate } from "../shared/isoDate";

export const SPRACHEN = ["de", "de-LS", "en", "ar", "uk", "tr"] as const;
export type Sprache = (typeof SPRACHEN)[number];

export const LeistungsberechtigteInputSchema = z.object({
  vorname: z.string().trim().min(1, { message: "required" }).max(100, { message: "max" }),
  nachname: z.string().trim().min(1, { message: "required" }).max(100, { message: "max" }),
  geburtsdatum: IsoDateSchema,
  bgNummer: z
    .string()
    .trim()
    .regex(/^\d{5}[A-Z]{2}\d{7}$/, { message: "bg_nummer" }),
  email: z.string().trim().max(200).email({ message: "email" }).or(z.literal("")).default(""),
  telefon: z.string().trim().max(40, { message: "max" }).default(""),
  sprache: z.enum(SPRACHEN, { message: "choice" }).default("de"),
});
export type LeistungsberechtigteInput = z.infer<typeof LeistungsberechtigteInputSchema>;

export interface Leistungsberechtigte extends LeistungsberechtigteInput {
  id: string;
  jobcenterId: string;
  betreuerId: string;
}

/** Under-25 rules (e.g. § 31a Abs. 6 SGB II) depend on age on the day of the event. */
export function isUnder25(geburtsdatum: IsoDate, on: IsoDate): boolean {
  return ageOn(geburtsdatum, on) < 25;
}
