import { addDays, formatGermanDate } from "../shared/isoDate";
import { type Rechtsstand } from "../rechtsstand/rechtsstandAm";
import { aufhebungsGrund } from "./aufhebungsGrund";
import { type Beurteilung } from "./bemessung";
import { dauerVorheriger } from "./dauerVorheriger";
import { erreichbarkeit } from "./erreichbarkeit";
import { kappungsGrund } from "./kappungsGrund";
import { verlaufMitKappung, type LaufendeMinderung } from "./kappung";
import { keineMinderung, normenVon } from "./keineMinderung";
import { minderungszeitraum } from "./minderungszeitraum";
import { addMonate, formatMonat, monatVon } from "./monat";
import { begruende, type Begruendung } from "./regel";
import { type RegelConfig } from "./regelConfig";
import { type Frist, type RechtsfolgenErgebnis } from "./rechtsfolgenErgebnis";
import { type RechtsfolgenFall } from "./rechtsfolgenFall";

/**
 * Turns a Beurteilung into the result: start on the first of the month after the establishing decision
 * (`feststellung`, § 31b Abs. 1 Satz 1), early end on compliance, the 30 % cap month by month, housing costs,
 * the counselling deadline for under-25s (§ 31a Abs. 6) and § 7b Abs. 4 n. F.
 */
export function baueErgebnis(
  fall: RechtsfolgenFall,
  rechtsstand: Rechtsstand,
  beurteilung: Beurteilung,
  config: RegelConfig,
): RechtsfolgenErgebnis {
  const b = beurteilung.bemessung;
  if (!b) return keineMinderung(fall.id, rechtsstand, beurteilung.begruendung, beurteilung.fristen);
  const beginn = addMonate(monatVon(fall.feststellung), 1);
  const zeit = minderungszeitraum(beginn, b.monate, fall.erfuellt, b.mindestMonate);
  const aufhebung = aufhebungsGrund(b, fall.erfuellt, zeit);
  const gruende: Begruendung[] = [...beurteilung.begruendung];
  if (zeit.ende === null)
    return keineMinderung(
      fall.id,
      rechtsstand,
      aufhebung ? [...gruende, aufhebung] : gruende,
      beurteilung.fristen,
    );
  const feststellung = formatGermanDate(fall.feststellung);
  gruende.push(
    begruende(
      b.satz.beginn,
      `Die Minderung beginnt im Monat nach der Feststellung am ${feststellung}: ${formatMonat(beginn)}.`,
    ),
  );
  if (aufhebung) gruende.push(aufhebung);
  const laufende: LaufendeMinderung[] = fall.vorherige.flatMap((v) =>
    v.beginn && v.prozent > 0
      ? [{ beginn: v.beginn, prozent: v.prozent, monate: dauerVorheriger(v, config) }]
      : [],
  );
  const verlauf = verlaufMitKappung(beginn, zeit.monate, b.regelProzent, b.grenze, laufende);
  const kappung = kappungsGrund(b, verlauf);
  if (kappung) gruende.push(kappung);
  const erreichbar = b.nichtErreichbar ? erreichbarkeit(b.nichtErreichbar, beginn) : null;
  gruende.push(erreichbar ? erreichbar.kdu : begruende(b.satz.kdu, b.kduGrund));
  const fristen: Frist[] = [...beurteilung.fristen];
  if (fall.alterUnter25 && b.u25) {
    const tage =
      rechtsstand === "2023-07"
        ? config.buergergeld2023.u25BeratungTage
        : config.grundsicherungsgeld2026.u25BeratungTage;
    const bis = addDays(fall.feststellung, tage);
    fristen.push({ art: "beratungsangebot_u25", bis, norm: b.satz.u25.norm });
    gruende.push(
      begruende(
        b.satz.u25,
        `Unter 25: Bis zum ${formatGermanDate(bis)} soll ein Beratungsangebot erfolgen, in dem der Kooperationsplan überprüft wird.`,
      ),
    );
  }
  const erster = verlauf[0] ?? { prozent: 0, gesamtProzent: 0 };
  return {
    id: fall.id,
    rechtsstand,
    minderung: true,
    prozent: erster.prozent,
    monate: zeit.monate,
    beginn,
    ende: zeit.ende,
    gruende: gruende.map((g) => g.grund),
    normen: normenVon(gruende),
    regelProzent: b.regelProzent,
    gesamtProzent: erster.gesamtProzent,
    gekappt: verlauf.some((m) => m.prozent < b.regelProzent),
    aufhebungAb: zeit.aufhebungAb,
    verlauf,
    fristen,
    nichtErreichbar: erreichbar !== null,
    erreichbarkeit: erreichbar?.wert ?? null,
    begruendung: gruende,
  };
}
