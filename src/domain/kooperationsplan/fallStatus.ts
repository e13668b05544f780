import type { IsoDate } from "../shared/isoDate";
import { ueberpruefungsStatus } from "./ueberpruefung";

/** The status of a person in the caseload (Fallübersicht). */
export type FallStatus = "kein_plan" | "entwurf" | "aktuell" | "faellig" | "ueberfaellig";

export interface FallStatusInput {
  hatEntwurf: boolean;
  aktuelleUeberpruefungAm: IsoDate | null;
}

/**
 * A draft shows as "Entwurf", also a begun review of an agreed plan, unless that review is due or overdue
 * (the more urgent status wins; the "Entwurf" filter still lists it).
 */
export function fallStatus(input: FallStatusInput, today: IsoDate): FallStatus {
  if (input.aktuelleUeberpruefungAm) {
    const s = ueberpruefungsStatus(input.aktuelleUeberpruefungAm, today);
    return s === "aktuell" && input.hatEntwurf ? "entwurf" : s;
  }
  return input.hatEntwurf ? "entwurf" : "kein_plan";
}
