import { z } from "zod";
import type { PlanInhalt } from "../kooperationsplan/planInhalt";
import type { Uebersetzungssprache } from "../vorlagen/vorlage";
import { uebersetzeEintrag } from "./uebersetzeEintrag";

/** Ids of the single-text fields of a plan (lists and steps use their entries' ids). */
export const FELD_IDS = ["berufsziel", "vermittlungsfelder", "wasSonstNochWichtig"] as const;

export interface Freitext {
  id: string;
  text: string;
}

/**
 * The texts of a plan that the catalogue cannot translate into `sprache` (they stay German unless the
 * counsellor adds a translation), in the order of the plan.
 */
export function freitexteVon(inhalt: PlanInhalt, sprache: Uebersetzungssprache): Freitext[] {
  const alle: Freitext[] = [
    { id: "berufsziel", text: inhalt.berufsziel },
    { id: "vermittlungsfelder", text: inhalt.vermittlungsfelder },
    ...inhalt.zwischenziele,
    ...inhalt.schritte.map((s) => ({ id: s.id, text: s.text })),
    ...inhalt.unterstuetzung,
    ...inhalt.andereStellen,
    { id: "wasSonstNochWichtig", text: inhalt.wasSonstNochWichtig },
  ];
  return alle
    .filter((f) => f.text.trim() !== "" && uebersetzeEintrag(f.text, sprache) === null)
    .map(({ id, text }) => ({ id, text }));
}

/** The counsellor's translation of one free-text entry (form on the portal queue page). */
export const FreitextUebersetzungSchema = z.object({
  planVersionId: z.uuid(),
  eintragId: z.string().min(1).max(100),
  text: z.string().trim().min(1).max(1000),
});
export type FreitextUebersetzungInput = z.infer<typeof FreitextUebersetzungSchema>;
