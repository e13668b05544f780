import { addDays, berlinDate, compareIsoDate, type IsoDate } from "../shared/isoDate";
import { err, ok, type Result } from "../shared/result";

/** Default of how many days an agreement may be entered after the day it happened (ADR 0010). */
export const RUECKDATIERUNG_TAGE_STANDARD = 14;

export interface AbstimmungsdatumPruefung {
  am: IsoDate;
  heute: IsoDate;
  /** When the draft was created (instant); an agreement cannot predate its draft. */
  entwurfErstelltAm: string;
  /** The jobcentre's limit of days in the past. */
  rueckdatierungTage: number;
  /** Why the agreement is entered late; required for any date before today. */
  grund?: string | null;
}

/**
 * The agreement date is the real day the plan was agreed and handed over: not before the draft existed,
 * not in the future, and at most `rueckdatierungTage` days back, then only with a stated reason (which is
 * kept with the version and shown in its history). Returns the reason to store (null for today).
 */
export function pruefeAbstimmungsdatum(p: AbstimmungsdatumPruefung): Result<string | null> {
  if (compareIsoDate(p.am, p.heute) > 0) return err("plan.abstimmung_in_zukunft", "am");
  if (compareIsoDate(p.am, berlinDate(new Date(p.entwurfErstelltAm))) < 0)
    return err("plan.abstimmung_vor_entwurf", "am");
  if (compareIsoDate(p.am, p.heute) === 0) return ok(null);
  if (compareIsoDate(p.am, addDays(p.heute, -p.rueckdatierungTage)) < 0)
    return err("plan.abstimmung_zu_alt", "am");
  const grund = p.grund?.trim() ?? "";
  return grund === "" ? err("plan.rueckdatierung_grund_fehlt", "rueckdatierungGrund") : ok(grund);
}
