import { z } from "zod";
import { IsoDateSchema, type IsoDate } from "../shared/isoDate";
import { type Rechtsstand } from "../rechtsstand/rechtsstandAm";

/**
 * Letters that make a step binding or invite to a conversation:
 * - `aufforderung`: Aufforderung mit Rechtsfolgenbelehrung (§ 15 Abs. 5/6 SGB II a. F., until 30.6.2026);
 * - `verpflichtung`: Verpflichtung by written Verwaltungsakt that takes the plan into account (§ 15a n. F., [S]);
 * - `einladung`: invitation to the Potenzialanalyse/plan conversation (§ 15 Abs. 4 a. F.).
 */
export const BRIEF_ARTEN = ["aufforderung", "verpflichtung", "einladung"] as const;
export type BriefArt = (typeof BRIEF_ARTEN)[number];
export type BriefStatus = "entwurf" | "versandt";

export interface Brief {
  id: string;
  personId: string;
  art: BriefArt;
  rechtsstand: Rechtsstand;
  planVersionId: string | null;
  planVersionNummer: number | null;
  planId: string | null;
  schrittId: string | null;
  datum: IsoDate;
  schrittText: string;
  frist: IsoDate | null;
  nachweis: string;
  rechtsfolgenText: string;
  rechtsbehelfText: string;
  mitRechtsfolgenbelehrung: boolean;
  ersteEinladung: boolean;
  terminOrt: string;
  status: BriefStatus;
  versandtAm: IsoDate | null;
  erstelltAm: string;
}

/** Form/API input to prepare a letter from a step of an agreed plan version. */
export const BriefVorbereitenSchema = z.object({
  /** Expected kind (the button the user pressed); must match the law on `datum`. */
  art: z.enum(["aufforderung", "verpflichtung"], { message: "choice" }),
  datum: IsoDateSchema,
  frist: IsoDateSchema,
  nachweis: z.string().trim().max(200, { message: "max" }).default(""),
});
export type BriefVorbereitenInput = z.infer<typeof BriefVorbereitenSchema>;

/** Invitation to the Potenzialanalyse/plan conversation; `terminAm` is the day of the appointment. */
export const EinladungSchema = z.object({
  datum: IsoDateSchema,
  terminAm: IsoDateSchema,
  terminOrt: z.string().trim().min(1, { message: "required" }).max(200, { message: "max" }),
  ersteEinladung: z.boolean({ message: "choice" }),
  mitRechtsfolgenbelehrung: z.boolean({ message: "choice" }),
});
export type EinladungInput = z.infer<typeof EinladungSchema>;

export const VersandSchema = z.object({ am: IsoDateSchema });
