import { KDU_NICHT_GEMINDERT, type Beurteilung } from "./bemessung";
import { PFLICHTVERLETZUNG_2023 } from "./buergergeld2023";
import { UEBERGANG_2026 } from "./grundsicherungsgeld2026";
import { formatMonat, monateText } from "./monat";
import { pruefeAusschluesse } from "./pruefeAusschluesse";
import { begruende, type Begruendung } from "./regel";
import { type RegelConfig } from "./regelConfig";
import { EREIGNISSE, type Ereignis, type RechtsfolgenFall } from "./rechtsfolgenFall";
import { findeWiederholung } from "./wiederholung";

const STUFEN = ["Erste Pflichtverletzung", "Weitere Pflichtverletzung", "Jede weitere Pflichtverletzung"];

/**
 * § 31 Pflichtverletzung under the Bürgergeld law (breach before 1.7.2026): 10/20/30 % of the Regelbedarf
 * for 1/2/3 months; "weitere" only within one year from the start of the previous reduction period.
 */
export function beurteilePflichtverletzung2023(fall: RechtsfolgenFall, config: RegelConfig): Beurteilung {
  const satz = PFLICHTVERLETZUNG_2023;
  const cfg = config.buergergeld2023;
  const a = pruefeAusschluesse(fall, satz, {
    fristMonate: cfg.feststellungsfristMonate,
    schlichtung: "sperrt",
    schlichtungAbgeschafft: UEBERGANG_2026.schlichtungAbgeschafft,
  });
  if (a.ausgeschlossen) return { ...a, bemessung: null };
  const zaehlen: readonly Ereignis[] = cfg.wiederholungZaehltMeldeversaeumnis
    ? EREIGNISSE
    : ["pflichtverletzung", "arbeitsverweigerung"];
  const w = findeWiederholung(fall.date, fall.vorherige, zaehlen, cfg.wiederholungsfensterMonate);
  const stufe = !w.vorige ? 0 : w.vorige.prozent < cfg.pflichtverletzungProzent[1] ? 1 : 2;
  const prozent = cfg.pflichtverletzungProzent[stufe];
  const monate = cfg.pflichtverletzungMonate[stufe];
  const gruende: Begruendung[] = [...a.begruendung];
  if (w.vorige?.beginn)
    gruende.push(
      begruende(
        satz.fenster,
        `Die vorige Minderung begann im ${formatMonat(w.vorige.beginn)}, nicht mehr als ein Jahr vor dieser Pflichtverletzung.`,
      ),
    );
  else if (w.letzte?.beginn)
    gruende.push(
      begruende(
        satz.fenster,
        `Die frühere Minderung begann im ${formatMonat(w.letzte.beginn)}, mehr als ein Jahr vor dieser Pflichtverletzung; sie zählt nicht mehr.`,
      ),
    );
  const regel = satz.stufen[stufe];
  gruende.push(
    begruende(
      regel,
      `${STUFEN[stufe]}: Minderung um ${prozent} % des Regelbedarfs für ${monateText(monate)}.`,
    ),
  );
  return {
    begruendung: gruende,
    fristen: a.fristen,
    bemessung: {
      satz,
      regelProzent: prozent,
      monate,
      anlass: "erfuellung",
      grenze: cfg.kappungProzent,
      mindestMonate: 1,
      u25: true,
      kduGrund: KDU_NICHT_GEMINDERT,
      nichtErreichbar: null,
    },
  };
}
