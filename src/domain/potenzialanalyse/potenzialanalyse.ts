import { z } from "zod";
import { IsoDateSchema, type IsoDate } from "../shared/isoDate";

const text = (max: number) => z.string().trim().max(max, { message: "max" }).default("");

export const SPRACHNIVEAU = ["muttersprache", "C2", "C1", "B2", "B1", "A2", "A1", "keine"] as const;
export type Sprachniveau = (typeof SPRACHNIVEAU)[number];

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

/** Below B1 in German, a language course (§ 15 Abs. 2 Satz 2 Nr. 3) should be considered. */
export function hasSprachbedarf(pa: Pick<PotenzialanalyseInput, "sprachniveauDeutsch">): boolean {
  return ["A2", "A1", "keine"].includes(pa.sprachniveauDeutsch);
}

export type { IsoDate };
