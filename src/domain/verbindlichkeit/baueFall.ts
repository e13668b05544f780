import { type IsoDate } from "../shared/isoDate";
import { isUnder25 } from "../person/leistungsberechtigte";
import { type RechtsfolgenFall, type VorherigeMinderung } from "../rechtsfolgen/rechtsfolgenFall";
import { type Anhoerung } from "./anhoerung";
import { type Brief } from "./brief";
import { type RechtsfolgenEntscheidung } from "./entscheidung";
import { type RechtsfolgenEreignis } from "./ereignis";
import { laeuftAm, type Schlichtung } from "./schlichtung";

export interface FallQuellen {
  ereignis: RechtsfolgenEreignis;
  anhoerungen: readonly Anhoerung[];
  schlichtungen: readonly Schlichtung[];
  /** Decisions on the person's other events. */
  entscheidungen: readonly (RechtsfolgenEntscheidung & {
    art: RechtsfolgenEreignis["art"];
    datum: IsoDate;
  })[];
  geburtsdatum: IsoDate;
  feststellung: IsoDate;
  /** The letter the event belongs to: it decides whether a written Belehrung was given. */
  brief: Pick<Brief, "art" | "datum" | "frist" | "mitRechtsfolgenbelehrung" | "ersteEinladung"> | null;
}

/** Earlier established reductions (and established missed appointments without reduction) as `vorherige`. */
function vorherige(q: FallQuellen): VorherigeMinderung[] {
  return q.entscheidungen
    .filter((e) => e.entscheidung === "festgestellt" && e.datum < q.ereignis.datum)
    .map((e) => ({
      event: e.art,
      date: e.datum,
      prozent: e.vorschlag.minderung ? e.vorschlag.regelProzent : 0,
      beginn: e.vorschlag.minderung ? e.vorschlag.beginn : null,
      feststellung: e.feststellungAm,
      ...(e.vorschlag.minderung ? { monate: e.vorschlag.monate } : {}),
    }));
}

/**
 * The engine input for one recorded event: wichtiger Grund and Härte from the latest hearing (else as
 * recorded with the event), a Schlichtung running on the day of the event or of the Feststellung
 * (§ 15a Abs. 3 a. F.), age under 25 on the day of the Feststellung (§ 31a Abs. 6). With a letter, the
 * Belehrung comes from the letter (§ 15 Abs. 4 a. F. for a first invitation), never from the event form. A
 * refusal declared before the deadline is passed on as `weigerungErklaert`.
 */
export function baueFall(q: FallQuellen): RechtsfolgenFall {
  const letzte = [...q.anhoerungen].sort((a, b) => (a.am < b.am ? -1 : 1)).at(-1);
  const schlichtungLaeuft = q.schlichtungen.some(
    (s) => laeuftAm(s, q.ereignis.datum) || laeuftAm(s, q.feststellung),
  );
  return {
    id: q.ereignis.id,
    event: q.ereignis.art,
    date: q.ereignis.datum,
    rechtsfolgenbelehrung: q.brief ? q.brief.mitRechtsfolgenbelehrung : q.ereignis.rechtsfolgenbelehrung,
    wichtigerGrund: letzte ? letzte.wichtigerGrund : q.ereignis.wichtigerGrund,
    haerte: letzte ? letzte.haerte : q.ereignis.haerte,
    schlichtungLaeuft,
    feststellung: q.feststellung,
    alterUnter25: isUnder25(q.geburtsdatum, q.feststellung),
    vorherige: vorherige(q),
    erfuellt: q.ereignis.erfuelltAm,
    letzterWahrgenommenerTermin: null,
    weigerungErklaert: q.ereignis.weigerungErklaert,
    brief: q.brief
      ? {
          art: q.brief.art,
          datum: q.brief.datum,
          frist: q.brief.frist,
          rechtsfolgenbelehrung: q.brief.mitRechtsfolgenbelehrung,
          ersteEinladung: q.brief.ersteEinladung,
        }
      : null,
  };
}
