import { z } from "zod";
import { EintragIdSchema, PlanInhaltSchema } from "../../../../domain/kooperationsplan/planInhalt";
import { UebergabeKanalSchema } from "../../../../domain/kooperationsplan/planVersion";
import { IsoDateSchema } from "../../../../domain/shared/isoDate";

/** One zod schema per API boundary; request types are inferred from them. */
export const LoginSchema = z.object({
  benutzername: z.string().trim().min(1, { message: "required" }).max(100, { message: "max" }),
  passwort: z.string().min(1, { message: "required" }).max(200, { message: "max" }),
});

export const FaelleQuerySchema = z.object({
  suche: z.string().trim().max(100, { message: "max" }).optional(),
  status: z
    .enum(["alle", "kein_plan", "entwurf", "aktuell", "faellig", "ueberfaellig"], { message: "choice" })
    .default("alle"),
  seite: z.coerce
    .number({ message: "number" })
    .int({ message: "number" })
    .min(1, { message: "number" })
    .max(10_000)
    .default(1),
});

export const UuidSchema = z.string().uuid({ message: "id" });
export const PersonParamsSchema = z.object({ personId: UuidSchema });
export const PlanParamsSchema = z.object({ planId: UuidSchema });
export const VersionParamsSchema = z.object({
  planId: UuidSchema,
  nummer: z.coerce
    .number({ message: "number" })
    .int({ message: "number" })
    .min(1, { message: "number" })
    .max(10_000),
});

export const EntwurfSpeichernSchema = z.object({
  inhalt: PlanInhaltSchema,
  lockVersion: z.number({ message: "number" }).int().min(1),
  /** Entries ("berufsziel" for the goal) whose manual area the counsellor confirms for the current text. */
  bereichBestaetigt: z.array(EintragIdSchema).max(100).default([]),
});

export const AbstimmenSchema = z.object({
  am: IsoDateSchema,
  kanal: UebergabeKanalSchema,
  ueberpruefungAm: IsoDateSchema.nullable().optional(),
  /** Why the agreement is entered after its day (required for a date before today). */
  rueckdatierungGrund: z.string().trim().max(500, { message: "max" }).nullable().optional(),
  lockVersion: z.number({ message: "number" }).int().min(1),
});

export const PAGE_SIZE = 50;
