import { LIST_SECTIONS } from "../kooperationsplan/listSections";
import type { Eintrag, PlanInhalt } from "../kooperationsplan/planInhalt";
import { areaOfFromMap } from "../qualitaet/areaOf";
import type { VollstaendigkeitsHinweis } from "../qualitaet/hinweis";
import { BERUFSZIEL_ID } from "../qualitaet/planEintraege";
import { checkVollstaendigkeit, type VollstaendigkeitsOptionen } from "../qualitaet/vollstaendigkeit";
import type { SprachBefund } from "../sprache/befund";
import { checkPlanSprache } from "../sprache/checkPlanSprache";
import { codierText } from "./codierText";
import { ART_DER_SECTION } from "./eintragArten";
import { eintragBefund, type EintragBefund } from "./eintragBefund";

export interface PlanQualitaet {
  /** Goal text first (when filled), then the entries in plan order. */
  eintraege: EintragBefund[];
  /** Plain-language findings per entry id (and per free-text field id). */
  spracheJeEintrag: ReadonlyMap<string, SprachBefund>;
  /** Plain-language findings and readability of the whole plan. */
  sprache: SprachBefund;
  /** How many manual choices of area need a look because their text changed substantially. */
  bereichePruefen: number;
  /** Completeness against § 15 Abs. 2 SGB II; hints, never blockers. */
  vollstaendigkeit: VollstaendigkeitsHinweis[];
}

export type QualitaetsOptionen = Omit<VollstaendigkeitsOptionen, "areaOf">;

/**
 * Everything the assistant in the plan editor shows, from plan content alone: area and concreteness
 * of every entry (a person's choice of area wins), plain language, readability and completeness.
 * Pure and cached per text inside the coder and the language check, so it runs on every keystroke.
 */
export function checkPlanQualitaet(inhalt: PlanInhalt, optionen: QualitaetsOptionen = {}): PlanQualitaet {
  const eintraege: EintragBefund[] = [];
  if (inhalt.berufsziel.trim())
    eintraege.push(eintragBefund(BERUFSZIEL_ID, "ziel", inhalt.berufsziel, inhalt.berufszielCode));
  for (const section of LIST_SECTIONS)
    for (const e of inhalt[section] as Eintrag[])
      eintraege.push(eintragBefund(e.id, ART_DER_SECTION[section], codierText(e), e.code, e.text));
  const areas = new Map(eintraege.map((b) => [b.id, b.area]));
  const sprache = checkPlanSprache(inhalt);
  return {
    eintraege,
    spracheJeEintrag: sprache.eintraege,
    sprache: sprache.gesamt,
    bereichePruefen: eintraege.filter((b) => b.bereichPruefen).length,
    vollstaendigkeit: checkVollstaendigkeit(inhalt, { ...optionen, areaOf: areaOfFromMap(areas) }),
  };
}
