import { KDU_NICHT_GEMINDERT, type Beurteilung } from "./bemessung";
import { MELDEVERSAEUMNIS_2023 } from "./buergergeld2023";
import { UEBERGANG_2026 } from "./grundsicherungsgeld2026";
import { monateText } from "./monat";
import { pruefeAusschluesse } from "./pruefeAusschluesse";
import { begruende } from "./regel";
import { type RegelConfig } from "./regelConfig";
import { type RechtsfolgenFall } from "./rechtsfolgenFall";

/**
 * § 32 Meldeversäumnis under the Bürgergeld law: 10 % of the Regelbedarf for one month per missed appointment.
 * [U] Whether a running Schlichtung blocks it is configurable (`schlichtungSperrtMeldeversaeumnis`, default: no,
 * because § 15a Abs. 3 names only § 31 and § 31a).
 */
export function beurteileMeldeversaeumnis2023(fall: RechtsfolgenFall, config: RegelConfig): Beurteilung {
  const satz = MELDEVERSAEUMNIS_2023;
  const cfg = config.buergergeld2023;
  const a = pruefeAusschluesse(fall, satz, {
    fristMonate: cfg.feststellungsfristMonate,
    schlichtung: cfg.schlichtungSperrtMeldeversaeumnis ? "sperrt" : "sperrt_nicht",
    schlichtungAbgeschafft: UEBERGANG_2026.schlichtungAbgeschafft,
  });
  if (a.ausgeschlossen) return { ...a, bemessung: null };
  const prozent = cfg.meldeversaeumnisProzent;
  const monate = cfg.meldeversaeumnisMonate;
  const grund = `Meldeversäumnis: Minderung um ${prozent} % des Regelbedarfs für ${monateText(monate)}.`;
  return {
    begruendung: [...a.begruendung, begruende(satz.minderung, grund)],
    fristen: a.fristen,
    bemessung: {
      satz,
      regelProzent: prozent,
      monate,
      anlass: "erfuellung",
      grenze: cfg.kappungProzent,
      mindestMonate: null,
      u25: cfg.u25BeratungBeiMeldeversaeumnis,
      kduGrund: KDU_NICHT_GEMINDERT,
      nichtErreichbar: null,
    },
  };
}
