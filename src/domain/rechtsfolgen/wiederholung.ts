import { addDays, addMonths, compareIsoDate, type IsoDate } from "../shared/isoDate";
import { addMonate, ersterTag } from "./monat";
import { type Ereignis, type VorherigeMinderung } from "./rechtsfolgenFall";

/** Was an earlier reduction established before `bezug`: yes, no, or not decidable from `beginn` alone? */
export type ZuvorFestgestellt = "ja" | "nein" | "unsicher";

/**
 * § 31a Abs. 1 Satz 4 SGB II: "bereits zuvor eine Minderung festgestellt". With `feststellung` the day decides.
 * Without it, the reduction began in the month after the establishing decision took effect (§ 31b Abs. 1
 * Satz 1), so that decision lies in the month before `beginn` (and not before the earlier event): when that whole
 * month lies before `bezug` the answer is yes, when it lies on or after it no, otherwise it is uncertain.
 */
export function zuvorFestgestellt(v: VorherigeMinderung, bezug: IsoDate): ZuvorFestgestellt {
  if (v.feststellung !== null) return compareIsoDate(v.feststellung, bezug) < 0 ? "ja" : "nein";
  if (v.beginn === null) return "unsicher";
  const spaetestens = addDays(ersterTag(v.beginn), -1);
  const monatDavor = ersterTag(addMonate(v.beginn, -1));
  const fruehestens = compareIsoDate(v.date, monatDavor) > 0 ? v.date : monatDavor;
  if (compareIsoDate(spaetestens, bezug) < 0) return "ja";
  if (compareIsoDate(fruehestens, bezug) >= 0) return "nein";
  return "unsicher";
}

export interface WiederholungOptionen {
  zaehlendeEreignisse: readonly Ereignis[];
  fensterMonate: number;
  /** § 31a Abs. 1 Satz 1–3 percentages: a reduction at one of them shows its level. */
  stufenProzent: readonly number[];
  /** Day against which "zuvor festgestellt" is checked (the new breach, or its Feststellung). */
  feststellungBezug: IsoDate;
  /** Day from which the one-year window is measured back. */
  fensterBezug: IsoDate;
}

export interface Wiederholung {
  /** Level of the new breach: 0 first, 1 "weitere", 2 "jede weitere" (§ 31a Abs. 1 Satz 1–3). */
  stufe: 0 | 1 | 2;
  /** The previous reduction that made it a further breach (established before, within the window). */
  vorige: VorherigeMinderung | null;
  /** The latest earlier reduction established before, also when it is outside the window. */
  letzte: VorherigeMinderung | null;
  /** Earlier reductions established only on or after the reference day: they do not count. */
  spaeterFestgestellt: VorherigeMinderung[];
  /** Earlier reductions where `beginn` does not tell; left out in favour of the person (level is lower). */
  unsicher: VorherigeMinderung[];
  /** The level came from counting earlier breaches, not from a percentage (e.g. after § 31a Abs. 7). */
  nachAnzahl: boolean;
}

const nachBeginn = (a: VorherigeMinderung, b: VorherigeMinderung) =>
  compareIsoDate(ersterTag(a.beginn ?? ""), ersterTag(b.beginn ?? ""));

const imFenster = (v: VorherigeMinderung, bezug: IsoDate, monate: number) =>
  v.beginn !== null && compareIsoDate(bezug, addMonths(ersterTag(v.beginn), monate)) <= 0;

/** Level of a chain of reductions sorted by start: by its percentage where it shows one, else by counting. */
function stufen(
  kette: readonly VorherigeMinderung[],
  opt: WiederholungOptionen,
): { stufe: number; anzahl: boolean }[] {
  const ergebnis: { stufe: number; anzahl: boolean }[] = [];
  kette.forEach((v, i) => {
    const index = v.event === "meldeversaeumnis" ? -1 : opt.stufenProzent.indexOf(v.prozent);
    if (index >= 0) return void ergebnis.push({ stufe: index, anzahl: false });
    const davor = i > 0 ? kette[i - 1] : undefined;
    const vorStufe =
      davor && imFenster(davor, v.date, opt.fensterMonate) ? (ergebnis[i - 1]?.stufe ?? 0) + 1 : 0;
    ergebnis.push({ stufe: Math.min(2, vorStufe), anzahl: true });
  });
  return ergebnis;
}

function stufeMit(kette: readonly VorherigeMinderung[], opt: WiederholungOptionen) {
  const letzte = kette.at(-1) ?? null;
  if (!letzte || !imFenster(letzte, opt.fensterBezug, opt.fensterMonate))
    return { stufe: 0 as const, vorige: null, letzte, nachAnzahl: false };
  const s = stufen(kette, opt).at(-1) ?? { stufe: 0, anzahl: false };
  return { stufe: Math.min(2, s.stufe + 1) as 1 | 2, vorige: letzte, letzte, nachAnzahl: s.anzahl };
}

/**
 * § 31a Abs. 1 Satz 4 und 5 SGB II: a breach is a "weitere" only if a reduction had already been established
 * before it and the start of the previous reduction period lies not more than one year back (exactly one year
 * still counts: date + 12 months, clamped per § 188 Abs. 3 BGB). The level is the previous level plus one; a
 * previous reduction that shows no level by its percentage (e.g. § 31a Abs. 7: 100 %) gets its level from the
 * number of earlier breaches in the chain. Uncertain earlier decisions count only if the level stays the same.
 */
export function findeWiederholung(
  date: IsoDate,
  vorherige: readonly VorherigeMinderung[],
  opt: WiederholungOptionen,
): Wiederholung {
  const frueher = vorherige
    .filter((v) => v.prozent > 0 && v.beginn !== null && opt.zaehlendeEreignisse.includes(v.event))
    .filter((v) => compareIsoDate(v.date, date) < 0)
    .sort(nachBeginn);
  const status = new Map(frueher.map((v) => [v, zuvorFestgestellt(v, opt.feststellungBezug)]));
  const sicher = frueher.filter((v) => status.get(v) === "ja");
  const mitUnsicheren = frueher.filter((v) => status.get(v) !== "nein");
  const ohne = stufeMit(sicher, opt);
  const mit = stufeMit(mitUnsicheren, opt);
  const gewaehlt = mit.stufe <= ohne.stufe ? mit : ohne;
  return {
    ...gewaehlt,
    spaeterFestgestellt: frueher.filter((v) => status.get(v) === "nein"),
    unsicher: gewaehlt === ohne ? frueher.filter((v) => status.get(v) === "unsicher") : [],
  };
}
