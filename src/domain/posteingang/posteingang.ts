import { z } from "zod";
import type { IsoDate } from "../shared/isoDate";

/** What came in through the portal since the counsellor last marked it done (grouped per person and kind). */
export const PORTAL_ARTEN = [
  "empfang",
  "schritt_erledigt",
  "schritt_problem",
  "bewerbung",
  "nachweis",
  "vorschlag",
] as const;
/** What falls due: a step deadline, the review, a letter not yet sent, the end of a Schlichtung. */
export const FAELLIG_ARTEN = ["frist", "ueberpruefung", "brief", "schlichtung"] as const;
export const EINGANG_ARTEN = [...PORTAL_ARTEN, ...FAELLIG_ARTEN] as const;

export type PortalArt = (typeof PORTAL_ARTEN)[number];
export type FaelligArt = (typeof FAELLIG_ARTEN)[number];
export type EingangArt = (typeof EINGANG_ARTEN)[number];

/** The key of one inbox item; a "done" mark is stored under it. Portal items use `PORTAL_BEZUG`. */
export interface EingangSchluessel {
  personId: string;
  art: EingangArt;
  bezugId: string;
}

export const PORTAL_BEZUG = "portal";

/** Whose case the item belongs to, and the plan it refers to (for the link). */
interface QuelleBasis {
  personId: string;
  personName: string;
  betreuerId: string;
  betreuerName: string;
  planId: string | null;
}

/** Portal activity newer than the last done mark of (person, kind): how many, first and last day. */
export interface PortalQuelle extends QuelleBasis {
  art: PortalArt;
  neu: number;
  ersteAm: IsoDate;
  letzteAm: IsoDate;
}

/** A dated obligation; `erledigt`: marked done in the inbox; `gemeldet`: the portal's last report of a step. */
export interface FaelligQuelle extends QuelleBasis {
  art: FaelligArt;
  bezugId: string;
  am: IsoDate;
  erledigt: boolean;
  gemeldet?: "erledigt" | "problem" | null;
}

export type EingangQuelle = PortalQuelle | FaelligQuelle;

export interface EingangEintrag extends QuelleBasis {
  schluessel: EingangSchluessel;
  art: EingangArt;
  /** The date shown and sorted by: the deadline, or the first new portal activity. */
  datum: IsoDate;
  /** Since when the item waits (the day it entered the inbox). */
  seit: IsoDate;
  ueberfaellig: boolean;
  /** Portal items: how many new activities. */
  anzahl: number | null;
  /** A step deadline: the person reported a problem with the step. */
  problemGemeldet: boolean;
}

/** The input of "mark done" (form and API). */
export const PosteingangErledigtSchema = z.object({
  personId: z.string().trim().uuid({ message: "id" }),
  art: z.enum(EINGANG_ARTEN, { message: "choice" }),
  bezugId: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9_:-]{1,120}$/, { message: "id" }),
});
export type PosteingangErledigtInput = z.infer<typeof PosteingangErledigtSchema>;
