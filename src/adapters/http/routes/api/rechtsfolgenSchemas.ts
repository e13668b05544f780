import { z } from "zod";
import { IsoDateSchema } from "../../../../domain/shared/isoDate";
import { UuidSchema, VersionParamsSchema } from "./schemas";

/** One zod schema per boundary of the Rechtsfolgen API (bodies reuse the domain input schemas). */
export const SchrittParamsSchema = VersionParamsSchema.extend({
  schrittId: z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/, { message: "id" }),
});
export const BriefParamsSchema = z.object({ briefId: UuidSchema });
export const SchlichtungParamsSchema = z.object({ schlichtungId: UuidSchema });
export const EreignisParamsSchema = z.object({ ereignisId: UuidSchema });
export const EntscheidungParamsSchema = z.object({ entscheidungId: UuidSchema });
export const VorschlagQuerySchema = z.object({ feststellung: IsoDateSchema.optional() });
export const AblaufSchema = z.object({
  ergebnis: z.string().trim().max(2000, { message: "max" }).default(""),
});
