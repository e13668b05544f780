import { z } from "zod";
import { IsoDateSchema, type IsoDate } from "../shared/isoDate";

import { SPRACHNIVEAU } from "./sprachbedarf";

export { SPRACHNIVEAU, hasSprachbedarf, type Sprachniveau } from "./sprachbedarf";

const text = (max: number) => z.string().trim().max(max, { message: "max" }).default("");

/**
 * Potenzialanalyse (§ 15 Abs. 1 SGB II): strengths, skills, circumstances that may hinder integration.
 * Health is recorded only as a flag and a short free text that is special-category data (Art. 9 DSGVO):
 * no diagnoses, shown only to the responsible staff, every read audited.
 */
export const PotenzialanalyseInputSchema = z.object({
  datum: IsoDateSchema,
  staerken: text(2000),
  qualifikationen: text(2000),
  berufserfahrung: text(2000),
  sprachniveauDeutsch: z.enum(SPRACHNIVEAU, { message: "choice" }),
  gesundheitlicheEinschraenkung: z.boolean().default(false),
  gesundheitHinweis: text(500),
  weitereUmstaende: text(2000),
});
export type PotenzialanalyseInput = z.infer<typeof PotenzialanalyseInputSchema>;

export interface Potenzialanalyse extends PotenzialanalyseInput {
  id: string;
  personId: string;
  erstelltAm: string;
}

export type { IsoDate };
