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

/** The two health fields (Art. 9 DSGVO) of a Potenzialanalyse. */
export type GesundheitsFeld = "gesundheitlicheEinschraenkung" | "gesundheitHinweis";

/**
 * A stored Potenzialanalyse. The health fields are absent (not false, not empty) when they were
 * withheld from the reader: only the person's responsible counsellor reads them.
 */
export interface Potenzialanalyse
  extends
    Omit<PotenzialanalyseInput, GesundheitsFeld>,
    Partial<Pick<PotenzialanalyseInput, GesundheitsFeld>> {
  id: string;
  personId: string;
  erstelltAm: string;
}

export type { IsoDate };
