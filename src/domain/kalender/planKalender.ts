import type { PlanVersion } from "../kooperationsplan/planVersion";
import type { KalenderEintrag } from "./icalendar";

/** Texts of the items, from the dictionary of the reader's language. */
export interface PlanKalenderTexte {
  termin: string;
  frist: (schritt: string) => string;
}

export interface PlanKalenderQuelle {
  planId: string;
  /** The plan's agreed versions (any order); items come from the newest agreed one. */
  versionen: readonly PlanVersion[];
  /** Where the appointment takes place when the plan names no place (the jobcentre's address). */
  ortStandard?: string;
  /** Prefix of each title, e.g. the BG number in a counsellor's feed (no names, no health data). */
  titelPraefix?: string;
}

const DOMAIN = "kooperationsplan";

/**
 * The UID of an item: plan id + kind + entry id. A step keeps its id across a Fortschreibung, so its
 * deadline keeps its UID; the appointment is identified by its day (a new day is a new appointment).
 */
export function kalenderUid(planId: string, art: "frist" | "termin", schluessel: string): string {
  return `${art}-${schluessel}-${planId}@${DOMAIN}`;
}

interface Roh {
  uid: string;
  signatur: string;
  eintrag: Omit<KalenderEintrag, "sequence" | "letzteAenderung">;
}

function itemsOf(q: PlanKalenderQuelle, v: PlanVersion, texte: PlanKalenderTexte): Roh[] {
  const praefix = q.titelPraefix ? `${q.titelPraefix}: ` : "";
  const termin = v.inhalt.naechsterTermin;
  const roh: Roh[] = [];
  if (termin) {
    const ort = termin.ort || q.ortStandard || "";
    roh.push({
      uid: kalenderUid(q.planId, "termin", termin.datum),
      signatur: JSON.stringify([termin.datum, termin.uhrzeit, ort]),
      eintrag: {
        uid: kalenderUid(q.planId, "termin", termin.datum),
        datum: termin.datum,
        uhrzeit: termin.uhrzeit,
        titel: `${praefix}${texte.termin}`,
        ...(ort ? { ort } : {}),
      },
    });
  }
  for (const s of v.inhalt.schritte) {
    if (!s.frist) continue;
    const uid = kalenderUid(q.planId, "frist", s.id);
    const titel = `${praefix}${texte.frist(s.text)}`;
    roh.push({
      uid,
      signatur: JSON.stringify([s.frist, titel]),
      eintrag: { uid, datum: s.frist, uhrzeit: null, titel, frei: true },
    });
  }
  return roh;
}

const zeitpunkt = (v: PlanVersion) => new Date(v.geaendertAm);

/**
 * Every appointment and step deadline of the current (newest agreed) version. SEQUENCE counts the
 * agreed versions in which the item changed, LAST-MODIFIED is the time of the version that last changed
 * it: an unchanged item keeps both across a Fortschreibung, a changed one replaces the earlier entry.
 */
export function planKalenderEintraege(q: PlanKalenderQuelle, texte: PlanKalenderTexte): KalenderEintrag[] {
  const agreed = q.versionen.filter((v) => v.status !== "entwurf").sort((a, b) => a.nummer - b.nummer);
  const aktuelle = agreed.filter((v) => v.status === "abgestimmt").at(-1);
  if (!aktuelle) return [];
  const verlauf = new Map<string, { signatur: string; sequence: number; seit: Date }>();
  for (const v of agreed.filter((x) => x.nummer <= aktuelle.nummer)) {
    for (const r of itemsOf(q, v, texte)) {
      const bisher = verlauf.get(r.uid);
      if (!bisher) verlauf.set(r.uid, { signatur: r.signatur, sequence: 0, seit: zeitpunkt(v) });
      else if (bisher.signatur !== r.signatur)
        verlauf.set(r.uid, { signatur: r.signatur, sequence: bisher.sequence + 1, seit: zeitpunkt(v) });
    }
  }
  return itemsOf(q, aktuelle, texte).map((r) => {
    const h = verlauf.get(r.uid);
    return { ...r.eintrag, sequence: h?.sequence ?? 0, letzteAenderung: h?.seit ?? zeitpunkt(aktuelle) };
  });
}
