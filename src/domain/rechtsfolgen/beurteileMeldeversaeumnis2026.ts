import { KDU_NICHT_GEMINDERT, type Beurteilung } from "./bemessung";
import { MELDEVERSAEUMNIS_2026, UEBERGANG_2026 } from "./grundsicherungsgeld2026";
import { zaehleMeldeversaeumnisse } from "./meldeversaeumnisReihe";
import { monateText } from "./monat";
import { pruefeAusschluesse } from "./pruefeAusschluesse";
import { begruende } from "./regel";
import { type RegelConfig } from "./regelConfig";
import { type RechtsfolgenFall } from "./rechtsfolgenFall";

/**
 * § 32 Meldeversäumnis under the Grundsicherungsgeld law ([S]): the first has no consequence, each further one
 * 30 % for one month; the third in a row makes the person "nicht erreichbar" (§ 7b Abs. 4 n. F.): one transition
 * month without Regelbedarf, then all benefits including housing costs cease until personal contact.
 */
export function beurteileMeldeversaeumnis2026(fall: RechtsfolgenFall, config: RegelConfig): Beurteilung {
  const satz = MELDEVERSAEUMNIS_2026;
  const cfg = config.grundsicherungsgeld2026;
  const a = pruefeAusschluesse(fall, satz, {
    fristMonate: cfg.feststellungsfristMonate,
    schlichtung: "abgeschafft",
    schlichtungAbgeschafft: UEBERGANG_2026.schlichtungAbgeschafft,
  });
  if (a.ausgeschlossen) return { ...a, bemessung: null };
  const reihe = zaehleMeldeversaeumnisse(fall, cfg.meldeversaeumnisFensterMonate);
  const zaehlung = `${reihe.anzahl}. Meldeversäumnis innerhalb von ${cfg.meldeversaeumnisFensterMonate} Monaten, ${reihe.inFolge}. in Folge.`;
  const basis = {
    satz,
    anlass: "erfuellung" as const,
    mindestMonate: null,
    u25: true,
    kduGrund: KDU_NICHT_GEMINDERT,
  };
  if (reihe.inFolge >= cfg.nichtErreichbarAbVersaeumnissen) {
    const grund = `${zaehlung} Die Person gilt als nicht erreichbar: Im Übergangsmonat entfällt der Regelbedarf, danach entfallen alle Leistungen, bis sie sich persönlich meldet.`;
    return {
      begruendung: [...a.begruendung, begruende(satz.nichtErreichbar, grund)],
      fristen: a.fristen,
      bemessung: {
        ...basis,
        regelProzent: cfg.nichtErreichbarUebergangProzent,
        monate: 1,
        grenze: 100,
        nichtErreichbar: satz.nichtErreichbar,
      },
    };
  }
  if (reihe.anzahl <= cfg.meldeversaeumnisOhneFolgeAnzahl)
    return {
      begruendung: [
        ...a.begruendung,
        begruende(satz.ohneFolge, `${zaehlung} Das erste Meldeversäumnis bleibt ohne Minderung.`),
      ],
      fristen: a.fristen,
      bemessung: null,
    };
  const prozent = cfg.meldeversaeumnisProzent;
  const monate = cfg.meldeversaeumnisMonate;
  const grund = `${zaehlung} Wiederholtes Meldeversäumnis: Minderung um ${prozent} % des Regelbedarfs für ${monateText(monate)}.`;
  return {
    begruendung: [...a.begruendung, begruende(satz.minderung, grund)],
    fristen: a.fristen,
    bemessung: { ...basis, regelProzent: prozent, monate, grenze: cfg.kappungProzent, nichtErreichbar: null },
  };
}
