import { compareIsoDate, formatGermanDate, type IsoDate } from "../shared/isoDate";
import { type Bemessung } from "./bemessung";
import { type Minderungszeitraum } from "./minderungszeitraum";
import { addMonate, ersterTag, formatMonat, monateText } from "./monat";
import { begruende, type Begruendung } from "./regel";

/** Explains how `erfuellt` changed the period (§ 31a Abs. 1 Satz 6, § 31b Abs. 2 Satz 2 / Abs. 3 SGB II). */
export function aufhebungsGrund(
  b: Bemessung,
  erfuellt: IsoDate | null,
  zeit: Minderungszeitraum,
): Begruendung | null {
  if (erfuellt === null) return null;
  const regel = b.satz.aufhebung;
  if (b.mindestMonate === null)
    return begruende(
      regel,
      "Eine spätere Mitwirkung beendet diese Minderung nicht vorzeitig; der Zeitraum steht fest.",
    );
  const d = formatGermanDate(erfuellt);
  const anlass =
    b.anlass === "erfuellung"
      ? `Die Pflicht wurde am ${d} erfüllt`
      : `Die Arbeitsaufnahme ist seit dem ${d} nicht mehr möglich`;
  if (zeit.aufhebungAb === null) {
    if (compareIsoDate(erfuellt, ersterTag(addMonate(zeit.beginn, zeit.monate))) >= 0)
      return begruende(regel, `${anlass}, erst nach dem Ende der Minderung; das ändert nichts.`);
    const wann =
      compareIsoDate(erfuellt, ersterTag(zeit.beginn)) < 0 ? ", schon vor Beginn der Minderung" : "";
    return begruende(
      regel,
      `${anlass}${wann}. Die Minderung dauert aber mindestens ${monateText(b.mindestMonate)} und endet deshalb nicht früher (letzter Minderungsmonat ${formatMonat(zeit.ende ?? zeit.beginn)}).`,
    );
  }
  if (zeit.ende === null)
    return begruende(regel, `${anlass}, schon vor Beginn der Minderung: Es bleibt keine Minderung.`);
  if (zeit.aufhebungAb === erfuellt)
    return begruende(
      regel,
      `${anlass}: Die Minderung endet ab diesem Tag; letzter Minderungsmonat ist ${formatMonat(zeit.ende)}.`,
    );
  return begruende(
    regel,
    `${anlass}: Die Minderung endet erst mit Ablauf von ${monateText(b.mindestMonate)} (${formatMonat(zeit.ende)}), weil sie so lange mindestens dauert.`,
  );
}
