import { type EntryKind } from "../areas";
import { ARBEIT } from "./arbeit";
import { BERATUNG } from "./beratung";
import { compileLexicon, type CompiledLexicon } from "./compileLexicon";
import { ERWERBSFAEHIGKEIT } from "./erwerbsfaehigkeit";
import { FAMILIE_PERSOENLICHES } from "./familiePersoenliches";
import { FOERDERUNG } from "./foerderung";
import { GESUNDHEIT } from "./gesundheit";
import { NEUTRAL } from "./neutral";
import { PRUEFUNG } from "./pruefung";
import { QUALIFIZIERUNG } from "./qualifizierung";
import { SPRACHE } from "./sprache";
import { VERMITTLUNG } from "./vermittlung";
import { VERMITTLUNG_AN_DIENSTE } from "./vermittlungAnDienste";

const ZIEL_LEXICON = compileLexicon([
  NEUTRAL,
  ERWERBSFAEHIGKEIT,
  SPRACHE,
  QUALIFIZIERUNG,
  GESUNDHEIT,
  FAMILIE_PERSOENLICHES,
  ARBEIT,
]);
const UNTERSTUETZUNG_LEXICON = compileLexicon([
  NEUTRAL,
  PRUEFUNG,
  VERMITTLUNG_AN_DIENSTE,
  FOERDERUNG,
  VERMITTLUNG,
  BERATUNG,
]);

/** The compiled lexicon for an entry kind (goals and steps share one, support has its own). */
export function lexiconFor(kind: EntryKind): CompiledLexicon {
  return kind === "unterstuetzung" ? UNTERSTUETZUNG_LEXICON : ZIEL_LEXICON;
}
