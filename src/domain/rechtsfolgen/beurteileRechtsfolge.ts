import { compareIsoDate, formatGermanDate } from "../shared/isoDate";
import { GRUNDSICHERUNGSGELD_AB, rechtsstandAm, type Rechtsstand } from "../rechtsstand/rechtsstandAm";
import { baueErgebnis } from "./baueErgebnis";
import { type Beurteilung } from "./bemessung";
import { beurteileArbeitsverweigerung } from "./beurteileArbeitsverweigerung";
import { beurteileMeldeversaeumnis2023 } from "./beurteileMeldeversaeumnis2023";
import { beurteileMeldeversaeumnis2026 } from "./beurteileMeldeversaeumnis2026";
import { beurteilePflichtverletzung2023 } from "./beurteilePflichtverletzung2023";
import { beurteilePflichtverletzung2026 } from "./beurteilePflichtverletzung2026";
import { UEBERGANG_2026 } from "./grundsicherungsgeld2026";
import { begruende } from "./regel";
import { type RegelConfig } from "./regelConfig";
import { REGEL_DEFAULTS } from "./regelDefaults";
import { type RechtsfolgenErgebnis } from "./rechtsfolgenErgebnis";
import { type RechtsfolgenFall } from "./rechtsfolgenFall";

function beurteile(fall: RechtsfolgenFall, config: RegelConfig, rechtsstand: Rechtsstand): Beurteilung {
  if (fall.event === "arbeitsverweigerung") return beurteileArbeitsverweigerung(fall, config, rechtsstand);
  if (rechtsstand === "2023-07")
    return fall.event === "pflichtverletzung"
      ? beurteilePflichtverletzung2023(fall, config)
      : beurteileMeldeversaeumnis2023(fall, config);
  return fall.event === "pflichtverletzung"
    ? beurteilePflichtverletzung2026(fall, config)
    : beurteileMeldeversaeumnis2026(fall, config);
}

/**
 * Judges the legal consequence of one Pflichtverletzung, Meldeversäumnis or Arbeitsverweigerung.
 * The period of law is chosen by the day of the event (`rechtsstandAm(fall.date)`): a breach before 1.7.2026
 * is judged by the Bürgergeld law even when it is established later (RULES.md K-7).
 * `config` carries the tunable S/U parameters (see `applyRegelOverrides`); defaults come from RULES.md.
 */
export function beurteileRechtsfolge(
  fall: RechtsfolgenFall,
  config: RegelConfig = REGEL_DEFAULTS,
): RechtsfolgenErgebnis {
  const rechtsstand = rechtsstandAm(fall.date);
  const beurteilung = beurteile(fall, config, rechtsstand);
  const uebergang =
    rechtsstand === "2023-07" && compareIsoDate(fall.feststellung, GRUNDSICHERUNGSGELD_AB) >= 0
      ? [
          begruende(
            UEBERGANG_2026.altesRecht,
            `Das Ereignis am ${formatGermanDate(fall.date)} liegt vor dem 1.7.2026: Es gilt das bisherige Recht (Bürgergeld), auch wenn erst danach entschieden wird.`,
          ),
        ]
      : [];
  return baueErgebnis(
    fall,
    rechtsstand,
    { ...beurteilung, begruendung: [...uebergang, ...beurteilung.begruendung] },
    config,
  );
}
