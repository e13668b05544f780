import { type SprachHinweis } from "./befund";
import { type Abschnitt } from "./saetze";
import { type Wort } from "./woerter";

/** From this many nouns ending in -ung/-heit/-keit/-tion in one sentence, the style is nominal. */
export const NOMINAL_SCHWELLE = 3;

const NOMEN_ENDUNG = /^\p{Lu}\p{L}*(?:ung|ungen|heit|heiten|keit|keiten|tion|tionen)$/u;

/** Flags nominal style ("zur Durchführung der Beantragung einer Förderung"): suggests verbs instead. */
export function checkNominalstil(satz: Abschnitt, woerter: readonly Wort[]): SprachHinweis | null {
  const nomen = woerter.filter((w) => NOMEN_ENDUNG.test(w.text));
  if (nomen.length < NOMINAL_SCHWELLE) return null;
  const beispiele = nomen
    .slice(0, 3)
    .map((w) => `„${w.text}“`)
    .join(", ");
  return {
    code: "nominalstil",
    message: `Viele Hauptwörter auf -ung, -heit, -keit oder -tion (${beispiele}). Das ist schwer zu lesen.`,
    suggestion:
      "Nehmen Sie Verben: „beantragen“ statt „die Beantragung“, „teilnehmen“ statt „die Teilnahme“.",
    start: satz.start,
    end: satz.end,
  };
}
