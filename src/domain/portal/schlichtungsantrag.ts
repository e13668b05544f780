import { z } from "zod";
import { RECHTSSTAENDE, rechtsstandAm } from "../rechtsstand/rechtsstandAm";
import type { IsoDate } from "../shared/isoDate";

export interface SchlichtungImPortal {
  /** The current plan was agreed under the Bürgergeld law (before 1.7.2026). */
  altesRecht: boolean;
  /** A Schlichtung can still begin today (§ 15a a. F. in force on that day). */
  beantragbar: boolean;
}

/**
 * Whether the portal explains the Schlichtungsverfahren and offers the request form: only for a plan
 * agreed under the old law, and only while a Schlichtung may begin (the period of law decides by date).
 */
export function schlichtungImPortal(abgestimmtAm: IsoDate | null, heute: IsoDate): SchlichtungImPortal {
  const altesRecht = abgestimmtAm !== null && RECHTSSTAENDE[rechtsstandAm(abgestimmtAm)].schlichtung;
  return { altesRecht, beantragbar: altesRecht && RECHTSSTAENDE[rechtsstandAm(heute)].schlichtung };
}

/** The recipient's request: in a few words, what they do not agree on. */
export const SchlichtungsantragSchema = z.object({
  anliegen: z.string().trim().min(1, { message: "required" }).max(1000, { message: "max" }),
});
export type Schlichtungsantrag = z.infer<typeof SchlichtungsantragSchema>;
