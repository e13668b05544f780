import { z } from "zod";
import { isValidIsoDate, type IsoDate } from "../shared/isoDate";
import { BUERGERGELD_AB } from "../rechtsstand/rechtsstandAm";
import { MonatSchema, monatVon } from "./monat";
import { pruefeFall } from "./pruefeFall";

/**
 * Input of `beurteileRechtsfolge`, exactly one JSON line of `kooperationsplan rechtsfolgen`.
 * Schemas emit error codes (`fehlt`, `datum`, …); `fehlerText` turns them into German. Every object is
 * strict: an unknown key (a typo such as `vorherigen`) is an error naming the key, never silently dropped.
 */
const code = (wrongType: string) => (iss: { input?: unknown; code?: string }) =>
  iss.code === "unrecognized_keys" ? "unbekannt" : iss.input === undefined ? "fehlt" : wrongType;

const datum = z.string({ error: code("datum") }).refine(isValidIsoDate, { message: "datum" }) as z.ZodType<
  IsoDate,
  string
>;
/** A day the rules of this product cover: from 1.7.2023 (Bürgergeld, Kooperationsplan). */
const datumAb2023 = datum.refine((d) => d >= BUERGERGELD_AB, { message: "vor_2023" });
const jaNein = z.boolean({ error: code("ja_nein") });

export const EREIGNISSE = ["pflichtverletzung", "meldeversaeumnis", "arbeitsverweigerung"] as const;
export const EreignisSchema = z.enum(EREIGNISSE, { error: code("ereignis") });
export type Ereignis = z.infer<typeof EreignisSchema>;

const vorherigeFelder = {
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
  /** Optional: day the earlier reduction was established (§ 31a Abs. 1 Satz 4: "bereits zuvor festgestellt"). */
  feststellung: datum.nullable().default(null),
};

/** A reduction already established (or a missed appointment without reduction: `prozent` 0, `beginn` null). */
export const VorherigeMinderungSchema = z
  .strictObject(vorherigeFelder, { error: code("objekt") })
  .superRefine((v, ctx) => {
    if (v.prozent > 0 && v.beginn === null)
      ctx.addIssue({ code: "custom", path: ["beginn"], message: "fehlt" });
    if (v.beginn !== null && v.beginn < monatVon(v.date))
      ctx.addIssue({ code: "custom", path: ["beginn"], message: "beginn_vor_datum" });
    if (v.feststellung !== null && v.feststellung < v.date)
      ctx.addIssue({ code: "custom", path: ["feststellung"], message: "vor_eigenem_datum" });
  });
export type VorherigeMinderung = z.infer<typeof VorherigeMinderungSchema>;

export const BRIEF_ARTEN_FALL = ["aufforderung", "verpflichtung", "einladung"] as const;

/**
 * The letter the event belongs to (optional). When it is given, whether a written Belehrung was given comes
 * from the letter, never from a separate answer (§ 31 Abs. 1, § 32 Abs. 1 SGB II: "schriftliche Belehrung").
 */
const briefFelder = {
  art: z.enum(BRIEF_ARTEN_FALL, { error: code("brief_art") }),
  datum: datumAb2023,
  frist: datum.nullable().default(null),
  rechtsfolgenbelehrung: jaNein,
  ersteEinladung: jaNein.default(false),
};
export const FallBriefSchema = z.strictObject(briefFelder, { error: code("objekt") });
export type FallBrief = z.infer<typeof FallBriefSchema>;

const fallFelder = {
  id: z.union([z.string().min(1), z.number()], { error: code("id") }),
  event: EreignisSchema,
  date: datumAb2023,
  wichtigerGrund: jaNein,
  haerte: jaNein,
  schlichtungLaeuft: jaNein,
  feststellung: datum,
  alterUnter25: jaNein,
  vorherige: z.array(VorherigeMinderungSchema, { error: code("liste") }).default([]),
  erfuellt: datum.nullable().default(null),
  /** Optional extension: last appointment kept; missed appointments before it do not count as "in Folge". */
  letzterWahrgenommenerTermin: datum.nullable().default(null),
  brief: FallBriefSchema.nullable().default(null),
  /**
   * Optional: the person declared seriously and finally, before the letter's deadline, that they will not
   * fulfil the duty (§ 31 Abs. 1 Satz 1 Nr. 1 "sich weigert"); `date` is the day of the declaration and may
   * lie before `brief.frist`. Only for a Pflichtverletzung.
   */
  weigerungErklaert: jaNein.default(false),
};

/**
 * The input line. `rechtsfolgenbelehrung` is required without a letter; with a letter it may be left out
 * (the letter decides) and must not contradict it. Plausibility checks: `pruefeFall`.
 */
export const RechtsfolgenFallSchema = z
  .strictObject({ ...fallFelder, rechtsfolgenbelehrung: jaNein.optional() })
  .superRefine(pruefeFall)
  .transform((f) => ({
    ...f,
    rechtsfolgenbelehrung: f.brief ? f.brief.rechtsfolgenbelehrung : f.rechtsfolgenbelehrung === true,
  }));
export type RechtsfolgenFall = z.infer<typeof RechtsfolgenFallSchema>;
export type RechtsfolgenFallInput = z.input<typeof RechtsfolgenFallSchema>;

/** The engine input as stored with a decision (already checked when it was decided; read as it was). */
export const GespeicherterFallSchema = z.object({
  ...fallFelder,
  date: datum,
  vorherige: z.array(z.object(vorherigeFelder)).default([]),
  brief: z
    .object({ ...briefFelder, datum })
    .nullable()
    .default(null),
  rechtsfolgenbelehrung: z.boolean(),
}) as unknown as z.ZodType<RechtsfolgenFall>;
