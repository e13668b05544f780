export type {
  Lesbarkeit,
  Lesbarkeitsstufe,
  SprachBefund,
  SprachCode,
  SprachHinweis,
  TextStatistik,
} from "./befund";
export { checkSprache } from "./checkSprache";
export { checkPlanSprache, FELD_IDS, type PlanSprachBefund } from "./checkPlanSprache";
export { fleschAmstad, stufeOf, LEICHT_AB, MITTEL_AB } from "./lesbarkeit";
export { MAX_WOERTER_PRO_SATZ } from "./satzlaenge";
export { LANGES_WORT_BUCHSTABEN, LANGES_WORT_SILBEN, suggestTrennung } from "./wortlaenge";
export { NOMINAL_SCHWELLE } from "./nominalstil";
export { countSilben, countVokalgruppen } from "./silben";
export { splitSaetze, type Abschnitt } from "./saetze";
export { findWoerter, type Wort } from "./woerter";
export { isPartizip } from "./passiv";
export { AMTSDEUTSCH, type AmtsdeutschEintrag } from "./amtsdeutschListe";
