import { z } from "zod";
import { IsoDateSchema } from "../shared/isoDate";

/**
 * Content of one Kooperationsplan version (§ 15 Abs. 2 SGB II), in the six rubrics of the BA template.
 * Items carry stable ids so that a Fortschreibung can carry them over and show what changed.
 */
export const EintragIdSchema = z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/, { message: "id" });

const optionalText = (max: number) => z.string().trim().max(max, { message: "max" }).default("");
const requiredText = (max: number) =>
  z.string().trim().min(1, { message: "required" }).max(max, { message: "max" });

/** Who decided the area/specific code of an entry (filled by the plan-quality coder). */
export const EintragCodeSchema = z.object({
  area: z.string().max(40),
  specific: z.boolean(),
  codedBy: z.enum(["auto", "person"]),
  /**
   * With a person's choice: the entry's text when the area was chosen or last confirmed (set by the
   * server, `fuehreBereichswahlFort`); a substantially different text marks the choice for re-check.
   */
  bezugstext: z.string().max(500).optional(),
});

export const EintragSchema = z.object({
  id: EintragIdSchema,
  text: requiredText(500),
  code: EintragCodeSchema.optional(),
});
export type Eintrag = z.infer<typeof EintragSchema>;

/** A step of the person (Eigenbemühung, § 15 Abs. 2 Satz 2 Nr. 2): what, how often, by when, how proven. */
export const SchrittSchema = EintragSchema.extend({
  haeufigkeit: optionalText(200),
  frist: IsoDateSchema.nullable().default(null),
  nachweis: optionalText(200),
});
export type Schritt = z.infer<typeof SchrittSchema>;

/**
 * A support entry of the jobcentre (Nr. 1). When it names an offer of the catalogue (`angebotId`), the
 * agreed plan commits the offer's cost per case, or the counsellor's estimate, against its budget.
 */
export const UnterstuetzungSchema = EintragSchema.extend({
  angebotId: z.string().uuid({ message: "id" }).optional(),
  /** The counsellor's estimate of the cost for this person in cents; overrides the offer's cost per case. */
  schaetzungCent: z
    .number({ message: "euro" })
    .int({ message: "euro" })
    .min(0, { message: "euro" })
    .max(10_000_000_000, { message: "euro" })
    .optional(),
});
export type Unterstuetzung = z.infer<typeof UnterstuetzungSchema>;

export const REHA_BEDARF = ["nein", "pruefen", "ja"] as const;
export type RehaBedarf = (typeof REHA_BEDARF)[number];

export const TerminSchema = z.object({
  datum: IsoDateSchema,
  uhrzeit: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "time" })
    .nullable()
    .default(null),
  ort: optionalText(200),
});
export type Termin = z.infer<typeof TerminSchema>;

export const PlanInhaltSchema = z.object({
  /** Eingliederungsziel / Berufsziel (§ 15 Abs. 2 Satz 2). May be empty while drafting. */
  berufsziel: optionalText(500),
  /** Code of the goal text (it has no entry of its own); set on save like the entries' codes. */
  berufszielCode: EintragCodeSchema.optional(),
  zwischenziele: z.array(EintragSchema).max(20, { message: "max_items" }).default([]),
  /** Meine nächsten Schritte (wesentliche Schritte, Eigenbemühungen). */
  schritte: z.array(SchrittSchema).max(30, { message: "max_items" }).default([]),
  /** Mein Jobcenter unterstützt mich durch (Nr. 1: Leistungen zur Eingliederung). */
  unterstuetzung: z.array(UnterstuetzungSchema).max(20, { message: "max_items" }).default([]),
  /** Unterstützung durch andere Stellen (Nr. 4). */
  andereStellen: z.array(EintragSchema).max(20, { message: "max_items" }).default([]),
  /** Tätigkeitsfelder, in die vermittelt werden soll (Nr. 5). */
  vermittlungsfelder: optionalText(300),
  /** Prüfung eines Bedarfs an Leistungen zur Teilhabe / Reha (Nr. 6). No diagnoses here. */
  rehaBedarf: z.enum(REHA_BEDARF).default("nein"),
  wasSonstNochWichtig: optionalText(1000),
  naechsterTermin: TerminSchema.nullable().default(null),
});
export type PlanInhalt = z.infer<typeof PlanInhaltSchema>;
export type PlanInhaltInput = z.input<typeof PlanInhaltSchema>;

export { LIST_SECTIONS, type ListSection } from "./listSections";

export function emptyPlanInhalt(): PlanInhalt {
  return PlanInhaltSchema.parse({});
}
