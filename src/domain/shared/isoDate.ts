import { z } from "zod";
import { isValidIsoDate, type IsoDate } from "./kalender";

export * from "./kalender";

export const IsoDateSchema = z
  .string({ message: "date" })
  .refine(isValidIsoDate, { message: "date" }) as z.ZodType<IsoDate, string>;
