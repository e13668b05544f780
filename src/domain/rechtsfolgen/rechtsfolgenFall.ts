import { z } from "zod";
import { isValidIsoDate, type IsoDate } from "../shared/isoDate";
import { MonatSchema } from "./monat";

/**
 * Input of `beurteileRechtsfolge`, exactly one JSON line of `kooperationsplan rechtsfolgen`.
 * Schemas emit error codes (`fehlt`, `datum`, …); `fehlerText` turns them into German.
 */
const code = (wrongType: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? "fehlt" : wrongType;

const datum = z.string({ error: code("datum") }).refine(isValidIsoDate, { message: "datum" }) as z.ZodType<
  IsoDate,
  string
>;
const jaNein = z.boolean({ error: code("ja_nein") });

export const EREIGNISSE = ["pflichtverletzung", "meldeversaeumnis", "arbeitsverweigerung"] as const;
export const EreignisSchema = z.enum(EREIGNISSE, { error: code("ereignis") });
export type Ereignis = z.infer<typeof EreignisSchema>;

/** A reduction already established (or a missed appointment without reduction: `prozent` 0, `beginn` null). */
export const VorherigeMinderungSchema = z
  .object(
    {
      event: EreignisSchema,
      date: datum,
      prozent: z
        .number({ error: code("prozent") })
        .int({ message: "prozent" })
        .min(0, "prozent")
        .max(100, "prozent"),
      beginn: MonatSchema.nullable().default(null),
      /** Optional: actual duration in months when it differed from the rule (e.g. ended by compliance). */
      monate: z
        .number({ error: code("monate") })
        .int("monate")
        .min(0, "monate")
        .max(12, "monate")
        .optional(),
    },
    { error: code("objekt") },
  )
  .superRefine((v, ctx) => {
    if (v.prozent > 0 && v.beginn === null)
      ctx.addIssue({ code: "custom", path: ["beginn"], message: "fehlt" });
  });
export type VorherigeMinderung = z.infer<typeof VorherigeMinderungSchema>;

export const RechtsfolgenFallSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()], { error: code("id") }),
    event: EreignisSchema,
    date: datum,
    rechtsfolgenbelehrung: jaNein,
    wichtigerGrund: jaNein,
    haerte: jaNein,
    schlichtungLaeuft: jaNein,
    feststellung: datum,
    alterUnter25: jaNein,
    vorherige: z.array(VorherigeMinderungSchema, { error: code("liste") }).default([]),
    erfuellt: datum.nullable().default(null),
    /** Optional extension: last appointment kept; missed appointments before it do not count as "in Folge". */
    letzterWahrgenommenerTermin: datum.nullable().default(null),
  })
  .superRefine((f, ctx) => {
    if (f.feststellung < f.date)
      ctx.addIssue({ code: "custom", path: ["feststellung"], message: "vor_datum" });
  });
export type RechtsfolgenFall = z.infer<typeof RechtsfolgenFallSchema>;
export type RechtsfolgenFallInput = z.input<typeof RechtsfolgenFallSchema>;
