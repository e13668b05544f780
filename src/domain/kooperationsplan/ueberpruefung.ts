import { addDays, addMonths, compareIsoDate, daysBetween, type IsoDate } from "../shared/kalender";
import { err, ok, type Result } from "../shared/result";

/** § 15 Abs. 3 Satz 2 SGB II: the plan is reviewed and continued at the latest every six months. */
export const MAX_MONATE_BIS_UEBERPRUEFUNG = 6;
/** The caseload shows "Überprüfung fällig" this many days ahead. */
export const FAELLIG_VORLAUF_TAGE = 14;

export function latestUeberpruefung(abgestimmtAm: IsoDate): IsoDate {
  return addMonths(abgestimmtAm, MAX_MONATE_BIS_UEBERPRUEFUNG);
}

export function defaultUeberpruefung(abgestimmtAm: IsoDate): IsoDate {
  return latestUeberpruefung(abgestimmtAm);
}

export function checkUeberpruefung(abgestimmtAm: IsoDate, ueberpruefungAm: IsoDate): Result<IsoDate> {
  if (compareIsoDate(ueberpruefungAm, addDays(abgestimmtAm, 1)) < 0)
    return err("plan.ueberpruefung_zu_frueh", "ueberpruefungAm");
  if (compareIsoDate(ueberpruefungAm, latestUeberpruefung(abgestimmtAm)) > 0)
    return err("plan.ueberpruefung_zu_spaet", "ueberpruefungAm");
  return ok(ueberpruefungAm);
}

export type UeberpruefungsStatus = "aktuell" | "faellig" | "ueberfaellig";

export function ueberpruefungsStatus(ueberpruefungAm: IsoDate, today: IsoDate): UeberpruefungsStatus {
  const days = daysBetween(today, ueberpruefungAm);
  if (days < 0) return "ueberfaellig";
  if (days <= FAELLIG_VORLAUF_TAGE) return "faellig";
  return "aktuell";
}
