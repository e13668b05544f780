import type { IsoDate } from "../shared/isoDate";
import { ueberpruefungsStatus } from "./ueberpruefung";

/** The status of a person in the caseload (Fallübersicht). */
export type FallStatus = "kein_plan" | "entwurf" | "aktuell" | "faellig" | "ueberfaellig";

export interface FallStatusInput {
  hatEntwurf: boolean;
  aktuelleUeberpruefungAm: IsoDate | null;
}

export function fallStatus(input: FallStatusInput, today: IsoDate): FallStatus {
  if (input.aktuelleUeberpruefungAm) {
    const s = ueberpruefungsStatus(input.aktuelleUeberpruefungAm, today);
    return s;
  }
  return input.hatEntwurf ? "entwurf" : "kein_plan";
}
