export {
  PLATZHALTER,
  type Platzhalter,
  type UnterstuetzungVorlage,
  type Uebersetzungen,
  type Uebersetzungssprache,
  type Vorlage,
  type ZielSchrittVorlage,
} from "./vorlage";
export { VORLAGEN } from "./katalog";
export { searchVorlagen, type VorlagenFilter, type VorlagenTreffer } from "./searchVorlagen";
export { fillVorlage, type GefuellteVorlage, type VorlagenWerte } from "./fillVorlage";
export { normalisieren } from "./normalisieren";
export { SPEZIFISCH_MARKER } from "./spezifisch";
