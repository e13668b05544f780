import type { PlanInhalt } from "../kooperationsplan/planInhalt";
import { latestUeberpruefung } from "../kooperationsplan/ueberpruefung";
import type { PotenzialanalyseInput } from "../potenzialanalyse/potenzialanalyse";
import { hasSprachbedarf } from "../potenzialanalyse/sprachbedarf";
import { compareIsoDate, type IsoDate } from "../shared/kalender";
import type { AreaOf } from "./areaOf";
import type { VollstaendigkeitsCode, VollstaendigkeitsHinweis } from "./hinweis";
import { listEintraege } from "./planEintraege";
import { hinweis } from "./regeln";

export interface VollstaendigkeitsOptionen {
  /** The latest Potenzialanalyse; without it, the language and rehabilitation hints are skipped. */
  potenzialanalyse?: Pick<PotenzialanalyseInput, "sprachniveauDeutsch" | "gesundheitlicheEinschraenkung">;
  /** Area of an entry, from the coder or a person's correction. */
  areaOf: AreaOf;
  /** The agreed review date (§ 15 Abs. 3 Satz 2); missing or null gives a hint. */
  ueberpruefungAm?: IsoDate | null;
  /** When the plan is (to be) agreed; with it, a review date more than 6 months later gives a hint. */
  abgestimmtAm?: IsoDate;
}

/** A language course mentioned in any text counts as "considered" even if no entry is coded `sprache`. */
const SPRACHKURS =
  /integrationskurs|sprachkurs|deutschkurs|sprachförderung|\bbsk\b|alphabetisierung|\bdtz\b/i;

/**
 * Completeness of a plan against § 15 Abs. 2 SGB II (goal, steps, Eigenbemühungen with proof, support,
 * language course, placement fields, rehabilitation check) and the review date (§ 15 Abs. 3 Satz 2).
 * Returns hints in plan order; an empty list means nothing is missing. Hints never block.
 */
export function checkVollstaendigkeit(
  inhalt: PlanInhalt,
  optionen: VollstaendigkeitsOptionen,
): VollstaendigkeitsHinweis[] {
  const { potenzialanalyse: pa, areaOf, ueberpruefungAm, abgestimmtAm } = optionen;
  const eintraege = listEintraege(inhalt);
  const areas = new Set(eintraege.map(({ eintrag, art }) => areaOf(eintrag, art)));
  const texte = [...eintraege.map((e) => e.eintrag.text), inhalt.wasSonstNochWichtig];
  const codes: VollstaendigkeitsCode[] = [];

  if (!inhalt.berufsziel.trim()) codes.push("ziel_fehlt");
  if (inhalt.schritte.length === 0) codes.push("schritt_fehlt");
  else if (!inhalt.schritte.some((s) => s.haeufigkeit.trim() && s.nachweis.trim()))
    codes.push("eigenbemuehungen_ohne_nachweis");
  if (inhalt.unterstuetzung.length === 0) codes.push("unterstuetzung_fehlt");
  if (pa && hasSprachbedarf(pa) && !areas.has("sprache") && !texte.some((t) => SPRACHKURS.test(t)))
    codes.push("sprachkurs_pruefen");
  if (!inhalt.vermittlungsfelder.trim()) codes.push("vermittlungsfelder_fehlen");
  if (
    pa?.gesundheitlicheEinschraenkung &&
    inhalt.rehaBedarf === "nein" &&
    !areas.has("erwerbsfaehigkeit") &&
    !areas.has("pruefung")
  )
    codes.push("reha_pruefen");
  if (!ueberpruefungAm) codes.push("ueberpruefung_fehlt");
  else if (abgestimmtAm && compareIsoDate(ueberpruefungAm, latestUeberpruefung(abgestimmtAm)) > 0)
    codes.push("ueberpruefung_zu_spaet");

  return codes.map(hinweis);
}
