import { compareIsoDate, formatGermanDate } from "../shared/isoDate";
import { absatz7FassungAm, ABSATZ7_2024_AB } from "../rechtsstand/absatz7FassungAm";
import { type Rechtsstand } from "../rechtsstand/rechtsstandAm";
import {
  ARBEITSVERWEIGERUNG_2024,
  ARBEITSVERWEIGERUNG_2026,
  ARBEITSVERWEIGERUNG_OHNE_ABSATZ7,
} from "./arbeitsverweigerungRegeln";
import { type Beurteilung } from "./bemessung";
import { bemesseAbsatz7 } from "./bemesseAbsatz7";
import { beurteilePflichtverletzung2023 } from "./beurteilePflichtverletzung2023";
import { dauerVorheriger } from "./dauerVorheriger";
import { UEBERGANG_2026 } from "./grundsicherungsgeld2026";
import { formatMonat } from "./monat";
import { pruefeAusschluesse } from "./pruefeAusschluesse";
import { begruende } from "./regel";
import { type RegelConfig } from "./regelConfig";
import { type RechtsfolgenFall } from "./rechtsfolgenFall";
import { findeVorminderung2024 } from "./vorminderung2024";

function ordentlich(fall: RechtsfolgenFall, config: RegelConfig, grund: string): Beurteilung {
  const r = beurteilePflichtverletzung2023(fall, config);
  const regel = ARBEITSVERWEIGERUNG_OHNE_ABSATZ7.ordentlich;
  return { ...r, begruendung: [begruende(regel, grund), ...r.begruendung] };
}

/**
 * Refusal of available work. § 31a Abs. 7 applies by the day of the refusal: 2024 version (28.3.2024 – 27.3.2026,
 * needs a reduction in the year before), none (28.3.–22.4.2026), 2026 version (from 23.4.2026). Without
 * § 31a Abs. 7 the refusal is an ordinary Pflichtverletzung (§ 31 Abs. 1 Satz 1 Nr. 2).
 */
export function beurteileArbeitsverweigerung(
  fall: RechtsfolgenFall,
  config: RegelConfig,
  rechtsstand: Rechtsstand,
): Beurteilung {
  const fassung = absatz7FassungAm(fall.date);
  const am = formatGermanDate(fall.date);
  if (fassung === null) {
    const vorher = compareIsoDate(fall.date, ABSATZ7_2024_AB) < 0;
    const grund = vorher
      ? `§ 31a Abs. 7 galt am ${am} noch nicht (erst ab 28.3.2024): Die Arbeitsverweigerung ist eine Pflichtverletzung nach § 31 Abs. 1 Satz 1 Nr. 2.`
      : `§ 31a Abs. 7 galt am ${am} nicht (außer Kraft mit Ablauf des 27.3.2026, neu ab 23.4.2026): Die Arbeitsverweigerung ist eine Pflichtverletzung nach § 31 Abs. 1 Satz 1 Nr. 2.`;
    const r = ordentlich(fall, config, grund);
    if (vorher) return r;
    const ausserKraft = begruende(
      ARBEITSVERWEIGERUNG_OHNE_ABSATZ7.ausserKraft,
      "§ 31a Abs. 7 in der Fassung von 2024 ist mit Ablauf des 27.3.2026 außer Kraft getreten.",
    );
    return { ...r, begruendung: [ausserKraft, ...r.begruendung] };
  }
  const satz = fassung === "2026" ? ARBEITSVERWEIGERUNG_2026 : ARBEITSVERWEIGERUNG_2024;
  const a = pruefeAusschluesse(fall, satz, {
    fristMonate: config.buergergeld2023.feststellungsfristMonate,
    schlichtung: rechtsstand === "2023-07" ? "sperrt" : "abgeschafft",
    schlichtungAbgeschafft: UEBERGANG_2026.schlichtungAbgeschafft,
  });
  if (a.ausgeschlossen) return { ...a, bemessung: null };
  const a7 = bemesseAbsatz7(fassung, config);
  if (fassung === "2026")
    return {
      begruendung: [...a.begruendung, ...a7.begruendung],
      fristen: a.fristen,
      bemessung: a7.bemessung,
    };
  const cfg = config.arbeitsverweigerung2024;
  const dauer = (v: Parameters<typeof dauerVorheriger>[0]) => dauerVorheriger(v, config);
  const vor = findeVorminderung2024(
    fall.date,
    fall.vorherige,
    cfg.vorminderungEreignisse,
    cfg.vorminderungFensterMonate,
    dauer,
  );
  if (!vor?.beginn)
    return ordentlich(
      fall,
      config,
      "§ 31a Abs. 7 (Fassung 2024) greift nicht: Im Jahr vor der Arbeitsverweigerung wurde das Bürgergeld nicht wegen Arbeitsverweigerung gemindert. Es gilt § 31 Abs. 1 Satz 1 Nr. 2.",
    );
  const vorGrund = begruende(
    ARBEITSVERWEIGERUNG_2024.vorminderung,
    `Das Bürgergeld war im Jahr vor der Arbeitsverweigerung gemindert (Beginn ${formatMonat(vor.beginn)}).`,
  );
  return {
    begruendung: [...a.begruendung, vorGrund, ...a7.begruendung],
    fristen: a.fristen,
    bemessung: a7.bemessung,
  };
}
