import type { IsoDate } from "../shared/isoDate";
import { err, ok, type Result } from "../shared/result";
import { rechtsstandAm } from "../rechtsstand/rechtsstandAm";
import { pruefeAbstimmungsdatum, RUECKDATIERUNG_TAGE_STANDARD } from "./abstimmungsdatum";
import type { PlanVersion, UebergabeKanal } from "./planVersion";
import { checkFristen } from "./fristen";
import { checkPlatzhalter } from "./platzhalter";
import { checkUeberpruefung, defaultUeberpruefung } from "./ueberpruefung";

export interface AbstimmenInput {
  am: IsoDate;
  kanal: UebergabeKanal;
  ueberpruefungAm?: IsoDate | null;
  /** Required when `am` lies before today (entered late). */
  rueckdatierungGrund?: string | null;
  expectedLockVersion: number;
}

/**
 * Agree a draft and hand it over (Textform, § 15 Abs. 3 Satz 1). Requires the core content of
 * § 15 Abs. 2 Satz 2 (goal and at least one step). The review date defaults to, and may not exceed,
 * six months after agreement; no entry may hold an open template placeholder (`{datum}`) and no step
 * deadline may lie before the agreement date. The agreed version
 * becomes immutable.
 */
export function abstimmen(
  version: PlanVersion,
  input: AbstimmenInput,
  today: IsoDate,
  rueckdatierungTage = RUECKDATIERUNG_TAGE_STANDARD,
): Result<PlanVersion> {
  if (version.status !== "entwurf") return err("plan.nicht_entwurf");
  if (version.lockVersion !== input.expectedLockVersion) return err("plan.konflikt");
  if (version.inhalt.berufsziel.trim() === "") return err("plan.ziel_fehlt", "berufsziel");
  if (version.inhalt.schritte.length === 0) return err("plan.schritt_fehlt", "schritte");
  const fertig = checkPlatzhalter(version.inhalt);
  if (!fertig.ok) return fertig;
  const datum = pruefeAbstimmungsdatum({
    am: input.am,
    heute: today,
    entwurfErstelltAm: version.erstelltAm,
    rueckdatierungTage,
    grund: input.rueckdatierungGrund,
  });
  if (!datum.ok) return datum;
  const fristen = checkFristen(version.inhalt, input.am);
  if (!fristen.ok) return fristen;
  const review = checkUeberpruefung(input.am, input.ueberpruefungAm ?? defaultUeberpruefung(input.am));
  if (!review.ok) return review;
  return ok({
    ...version,
    status: "abgestimmt",
    rechtsstand: rechtsstandAm(input.am),
    abstimmung: {
      am: input.am,
      kanal: input.kanal,
      ueberpruefungAm: review.value,
      ...(datum.value ? { rueckdatierungGrund: datum.value } : {}),
    },
    lockVersion: version.lockVersion + 1,
  });
}
