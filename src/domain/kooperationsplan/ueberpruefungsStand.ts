import { compareIsoDate, type IsoDate } from "../shared/isoDate";
import { verlaengerteFrist } from "./fristen";
import type { PlanInhalt } from "./planInhalt";

/** What the portal reported for a step of the version under review (the latest report wins). */
export interface SchrittMeldungStand {
  eintragId: string;
  status: "erledigt" | "problem";
  grund: string;
}

/** The state of one step at the review: the portal's report and its deadline, with the renewal offered. */
export interface SchrittStand {
  id: string;
  meldung: SchrittMeldungStand | null;
  frist: { am: IsoDate; abgelaufen: boolean; verlaengertBis: IsoDate | null } | null;
  /** Applications logged in the portal since the agreement, for a step about applications. */
  bewerbungen: number | null;
}

export interface UeberpruefungsStand {
  schritte: SchrittStand[];
  abgelaufen: number;
  offeneVorschlaege: number;
  bewerbungenSeit: number;
}

/** A step is about applications when its text or frequency names them ("5 Bewerbungen im Monat"). */
const BEWERBUNG = /bewerb/i;

/**
 * The review page's view of the agreed plan on `stichtag` (today): each step with its portal report, its
 * deadline (passed ones with the renewal of `verlaengerteFrist`), the applications logged since the
 * agreement and the proposals still waiting. Pure; the portal lists are passed in.
 */
export function ueberpruefungsStand(input: {
  inhalt: PlanInhalt;
  abgestimmtAm: IsoDate;
  stichtag: IsoDate;
  meldungen: readonly SchrittMeldungStand[];
  bewerbungsDaten: readonly IsoDate[];
  offeneVorschlaege: number;
}): UeberpruefungsStand {
  const bewerbungenSeit = input.bewerbungsDaten.filter(
    (d) => compareIsoDate(d, input.abgestimmtAm) >= 0,
  ).length;
  const schritte = input.inhalt.schritte.map((s): SchrittStand => {
    const abgelaufen = s.frist !== null && compareIsoDate(s.frist, input.stichtag) < 0;
    return {
      id: s.id,
      meldung: input.meldungen.find((m) => m.eintragId === s.id) ?? null,
      frist: s.frist
        ? {
            am: s.frist,
            abgelaufen,
            verlaengertBis: abgelaufen ? verlaengerteFrist(s.frist, input.stichtag) : null,
          }
        : null,
      bewerbungen: BEWERBUNG.test(`${s.text} ${s.haeufigkeit}`) ? bewerbungenSeit : null,
    };
  });
  return {
    schritte,
    abgelaufen: schritte.filter((s) => s.frist?.abgelaufen).length,
    offeneVorschlaege: input.offeneVorschlaege,
    bewerbungenSeit,
  };
}
