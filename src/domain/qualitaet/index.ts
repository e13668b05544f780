export { checkVollstaendigkeit, type VollstaendigkeitsOptionen } from "./vollstaendigkeit";
export type { Rubrik, VollstaendigkeitsCode, VollstaendigkeitsHinweis } from "./hinweis";
export { REGELN } from "./regeln";
export { areaFromCode, areaOfFromMap, type AreaOf } from "./areaOf";
export { BERUFSZIEL_ID, listEintraege } from "./planEintraege";
export {
  BEREICH_NAMEN,
  UNTERSTUETZUNG_BEREICHE,
  ZIEL_BEREICHE,
  type Bereich,
  type EintragArt,
  type UnterstuetzungBereich,
  type ZielBereich,
} from "./bereiche";
