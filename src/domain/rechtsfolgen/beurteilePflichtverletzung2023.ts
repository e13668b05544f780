import { formatGermanDate } from "../shared/isoDate";
import { KDU_NICHT_GEMINDERT, type Beurteilung } from "./bemessung";
import { PFLICHTVERLETZUNG_2023 } from "./buergergeld2023";
import { UEBERGANG_2026 } from "./grundsicherungsgeld2026";
import { formatMonat, monateText } from "./monat";
import { pruefeAusschluesse } from "./pruefeAusschluesse";
import { begruende, type Begruendung } from "./regel";
import { type RegelConfig } from "./regelConfig";
import { EREIGNISSE, type Ereignis, type RechtsfolgenFall } from "./rechtsfolgenFall";
import { findeWiederholung, type Wiederholung } from "./wiederholung";

const bezugText = (amTag: boolean) =>
  amTag ? "vor dieser Pflichtverletzung" : "vor der Feststellung dieser Pflichtverletzung";

/** Reasons for the level: earlier decisions that came too late or are uncertain, the window, counting. */
function wiederholungsGruende(w: Wiederholung, cfg: RegelConfig["buergergeld2023"]): Begruendung[] {
  const satz = PFLICHTVERLETZUNG_2023;
  const bezug = bezugText(cfg.zuvorFestgestelltAmTagDerPflichtverletzung);
  const fensterBezug = cfg.fensterAmTagDerPflichtverletzung
    ? "vor dieser Pflichtverletzung"
    : "vor ihrer Feststellung";
  const gruende: Begruendung[] = [];
  for (const v of w.spaeterFestgestellt)
    gruende.push(
      begruende(
        satz.zuvorFestgestellt,
        `Die frühere Minderung (Ereignis vom ${formatGermanDate(v.date)}) wurde erst ${v.feststellung ? `am ${formatGermanDate(v.feststellung)} ` : ""}festgestellt, nicht ${bezug}: Sie macht diese nicht zur weiteren Pflichtverletzung.`,
      ),
    );
  for (const v of w.unsicher)
    gruende.push(
      begruende(
        satz.zuvorFestgestellt,
        `Ob die frühere Minderung (Ereignis vom ${formatGermanDate(v.date)}) ${bezug} festgestellt wurde, lässt sich aus ihrem Beginn nicht sicher ablesen. Zugunsten der Person zählt sie nicht; geben Sie den Tag der Feststellung an.`,
      ),
    );
  if (w.vorige?.beginn)
    gruende.push(
      begruende(
        satz.fenster,
        `Die vorige Minderung wurde zuvor festgestellt und begann im ${formatMonat(w.vorige.beginn)}, nicht mehr als ein Jahr ${fensterBezug}.`,
      ),
    );
  else if (w.letzte?.beginn)
    gruende.push(
      begruende(
        satz.fenster,
        `Die frühere Minderung begann im ${formatMonat(w.letzte.beginn)}, mehr als ein Jahr ${fensterBezug}; sie zählt nicht mehr.`,
      ),
    );
  if (w.vorige && w.nachAnzahl)
    gruende.push(
      begruende(
        satz.stufeNachAnzahl,
        `Die vorige Minderung (${w.vorige.prozent} %) zeigt keine Stufe der Staffel. Es zählt die Zahl der früheren Pflichtverletzungen: Dies ist die ${w.stufe + 1}. in Folge.`,
      ),
    );
  return gruende;
}

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
  const w = findeWiederholung(fall.date, fall.vorherige, {
    zaehlendeEreignisse: zaehlen,
    fensterMonate: cfg.wiederholungsfensterMonate,
    stufenProzent: cfg.pflichtverletzungProzent,
    feststellungBezug: cfg.zuvorFestgestelltAmTagDerPflichtverletzung ? fall.date : fall.feststellung,
    fensterBezug: cfg.fensterAmTagDerPflichtverletzung ? fall.date : fall.feststellung,
  });
  const stufe = w.stufe;
  const prozent = cfg.pflichtverletzungProzent[stufe];
  const monate = cfg.pflichtverletzungMonate[stufe];
  const gruende: Begruendung[] = [...a.begruendung, ...wiederholungsGruende(w, cfg)];
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
