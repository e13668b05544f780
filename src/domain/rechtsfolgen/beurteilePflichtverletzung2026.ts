import { KDU_NICHT_GEMINDERT, type Beurteilung } from "./bemessung";
import { PFLICHTVERLETZUNG_2026, UEBERGANG_2026 } from "./grundsicherungsgeld2026";
import { monateText } from "./monat";
import { pruefeAusschluesse } from "./pruefeAusschluesse";
import { begruende } from "./regel";
import { type RegelConfig } from "./regelConfig";
import { type RechtsfolgenFall } from "./rechtsfolgenFall";

/**
 * § 31 Pflichtverletzung under the Grundsicherungsgeld law (breach from 1.7.2026, [S]): a uniform 30 % of the
 * Regelbedarf for 3 months, no grading. [U] Whether compliance ends it early is configurable
 * (`aufhebungBeiErfuellung`, default: yes, as § 31b Abs. 2 Satz 2 a. F.).
 */
export function beurteilePflichtverletzung2026(fall: RechtsfolgenFall, config: RegelConfig): Beurteilung {
  const satz = PFLICHTVERLETZUNG_2026;
  const cfg = config.grundsicherungsgeld2026;
  const a = pruefeAusschluesse(fall, satz, {
    fristMonate: cfg.feststellungsfristMonate,
    schlichtung: "abgeschafft",
    schlichtungAbgeschafft: UEBERGANG_2026.schlichtungAbgeschafft,
  });
  if (a.ausgeschlossen) return { ...a, bemessung: null };
  const prozent = cfg.pflichtverletzungProzent;
  const monate = cfg.pflichtverletzungMonate;
  const grund = `Pflichtverletzung: Minderung um ${prozent} % des Regelbedarfs für ${monateText(monate)}.`;
  return {
    begruendung: [...a.begruendung, begruende(satz.minderung, grund)],
    fristen: a.fristen,
    bemessung: {
      satz,
      regelProzent: prozent,
      monate,
      anlass: "erfuellung",
      grenze: cfg.kappungProzent,
      mindestMonate: cfg.aufhebungBeiErfuellung ? 1 : null,
      u25: true,
      kduGrund: KDU_NICHT_GEMINDERT,
      nichtErreichbar: null,
    },
  };
}
