import { addDays, addMonths, compareIsoDate, type IsoDate } from "../shared/isoDate";
import { rechtsstandAm } from "../rechtsstand/rechtsstandAm";
import { type RegelConfig } from "../rechtsfolgen/regelConfig";
import { type RechtsfolgenEntscheidung } from "./entscheidung";
import { type RechtsfolgenEreignis } from "./ereignis";
import { type Schlichtung } from "./schlichtung";

export type FristArt = "schlichtung_ende" | "feststellung_spaetestens" | "beratungsangebot_u25";
export type FristLage = "offen" | "bald" | "heute" | "ueberschritten";

/** A deadline on the timeline; `bezugId` is the Schlichtung, event or decision it belongs to. */
export interface Frist {
  art: FristArt;
  bis: IsoDate;
  norm: string;
  bezugId: string;
  lage: FristLage;
}

/** Days before a deadline from which it is shown as a reminder. */
export const ERINNERUNG_TAGE = 7;

export function lageVon(bis: IsoDate, heute: IsoDate): FristLage {
  const c = compareIsoDate(heute, bis);
  if (c > 0) return "ueberschritten";
  if (c === 0) return "heute";
  return compareIsoDate(addDays(heute, ERINNERUNG_TAGE), bis) >= 0 ? "bald" : "offen";
}

export interface FristQuellen {
  schlichtungen: readonly Schlichtung[];
  ereignisse: readonly RechtsfolgenEreignis[];
  entscheidungen: readonly RechtsfolgenEntscheidung[];
  config: RegelConfig;
}

/**
 * Open deadlines: the end of a running Schlichtung (§ 15a Abs. 4 a. F.), the six-month limit to establish a
 * reduction for undecided events (§ 31b Abs. 1 Satz 3), the counselling offer for under-25s after an
 * established reduction (§ 31a Abs. 6), until the offer is recorded.
 */
export function berechneFristen(q: FristQuellen, heute: IsoDate): Frist[] {
  const fristen: Omit<Frist, "lage">[] = [];
  for (const s of q.schlichtungen)
    if (s.beendetAm === null)
      fristen.push({
        art: "schlichtung_ende",
        bis: s.spaetestesEnde,
        norm: "§ 15a Abs. 4 SGB II a. F.",
        bezugId: s.id,
      });
  const entschieden = new Set(q.entscheidungen.map((e) => e.ereignisId));
  for (const e of q.ereignisse) {
    if (entschieden.has(e.id)) continue;
    const alt = rechtsstandAm(e.datum) === "2023-07";
    const monate = alt
      ? q.config.buergergeld2023.feststellungsfristMonate
      : q.config.grundsicherungsgeld2026.feststellungsfristMonate;
    const norm = alt ? "§ 31b Abs. 1 Satz 3 SGB II" : "§ 31b SGB II n. F.";
    fristen.push({ art: "feststellung_spaetestens", bis: addMonths(e.datum, monate), norm, bezugId: e.id });
  }
  for (const d of q.entscheidungen) {
    if (d.entscheidung !== "festgestellt" || d.u25AngebotAm !== null) continue;
    const u25 = d.vorschlag.fristen.find((f) => f.art === "beratungsangebot_u25");
    if (u25) fristen.push({ art: "beratungsangebot_u25", bis: u25.bis, norm: u25.norm, bezugId: d.id });
  }
  return fristen
    .map((f) => ({ ...f, lage: lageVon(f.bis, heute) }))
    .sort((a, b) => compareIsoDate(a.bis, b.bis));
}
