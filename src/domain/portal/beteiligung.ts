import { z } from "zod";
import { IsoDateSchema } from "../shared/isoDate";

const text = (max: number) => z.string().trim().min(1, { message: "required" }).max(max, { message: "max" });

export const BEWERBUNG_KANAL = ["online", "email", "post", "persoenlich", "telefon"] as const;
export const BEWERBUNG_ERGEBNIS = ["offen", "einladung", "absage", "zusage"] as const;

/** One application (Eigenbemühung) the recipient records in the portal. */
export const BewerbungInputSchema = z.object({
  arbeitgeber: text(200),
  stelle: text(200),
  datum: IsoDateSchema,
  kanal: z.enum(BEWERBUNG_KANAL, { message: "choice" }),
  ergebnis: z.enum(BEWERBUNG_ERGEBNIS, { message: "choice" }).default("offen"),
});
export type BewerbungInput = z.infer<typeof BewerbungInputSchema>;

export const SCHRITT_STATUS = ["erledigt", "problem"] as const;
export type SchrittStatusArt = (typeof SCHRITT_STATUS)[number];

/** "Erledigt" or "Das klappt nicht, weil …" (a reason is needed for a problem). */
export const SchrittMeldungSchema = z
  .object({
    eintragId: z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/, { message: "id" }),
    status: z.enum(SCHRITT_STATUS, { message: "choice" }),
    grund: z.string().trim().max(1000, { message: "max" }).default(""),
  })
  .refine((m) => m.status === "erledigt" || m.grund.length > 0, { message: "grund", path: ["grund"] });
export type SchrittMeldung = z.infer<typeof SchrittMeldungSchema>;

/** What a recipient can propose in the proposal form. */
export const VORSCHLAG_ART = ["schritt", "ziel", "kommentar"] as const;
/** Stored kinds: the proposals and, under the old law, a request for a Schlichtung. */
export type VorschlagArt = (typeof VORSCHLAG_ART)[number] | "schlichtung";
export const VORSCHLAG_STATUS = ["offen", "übernommen", "abgelehnt"] as const;
export type VorschlagStatus = (typeof VORSCHLAG_STATUS)[number];

export const VorschlagInputSchema = z.object({
  art: z.enum(VORSCHLAG_ART, { message: "choice" }),
  text: text(1000),
});
export type VorschlagInput = z.infer<typeof VorschlagInputSchema>;

export const VorschlagEntscheidungSchema = z.object({
  entscheidung: z.enum(["uebernehmen", "ablehnen"], { message: "choice" }),
  ergebnis: z.string().trim().max(1000, { message: "max" }).default(""),
});
