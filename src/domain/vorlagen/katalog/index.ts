import { type Vorlage } from "../vorlage";
import { ARBEIT } from "./arbeit";
import { ERWERBSFAEHIGKEIT } from "./erwerbsfaehigkeit";
import { FAMILIE } from "./familie";
import { GESUNDHEIT } from "./gesundheit";
import { QUALIFIZIERUNG } from "./qualifizierung";
import { SPRACHE } from "./sprache";
import { UNTERSTUETZUNG_BERATUNG } from "./unterstuetzungBeratung";
import { UNTERSTUETZUNG_FOERDERUNG } from "./unterstuetzungFoerderung";

/** The built-in catalogue of plain-language templates (goals, steps, support), in display order. */
export const VORLAGEN: readonly Vorlage[] = [
  ...ARBEIT,
  ...QUALIFIZIERUNG,
  ...GESUNDHEIT,
  ...ERWERBSFAEHIGKEIT,
  ...SPRACHE,
  ...FAMILIE,
  ...UNTERSTUETZUNG_BERATUNG,
  ...UNTERSTUETZUNG_FOERDERUNG,
];
