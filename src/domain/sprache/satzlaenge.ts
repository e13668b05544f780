import { type SprachHinweis } from "./befund";
import { type Abschnitt } from "./saetze";
import { type Wort } from "./woerter";

/**
 * Most words per sentence in texts for recipients (project threshold). Plain-language guides for
 * authorities commonly recommend about 15 words or fewer; Leichte Sprache aims even lower.
 */
export const MAX_WOERTER_PRO_SATZ = 15;

/** Flags a sentence with more than {@link MAX_WOERTER_PRO_SATZ} words. */
export function checkSatzlaenge(satz: Abschnitt, woerter: readonly Wort[]): SprachHinweis | null {
  if (woerter.length <= MAX_WOERTER_PRO_SATZ) return null;
  return {
    code: "langer_satz",
    message: `Dieser Satz hat ${woerter.length} Wörter. Gut lesbar sind höchstens ${MAX_WOERTER_PRO_SATZ}.`,
    suggestion: "Teilen Sie den Satz in zwei oder mehr kurze Sätze. Ein Satz – eine Aussage.",
    start: satz.start,
    end: satz.end,
  };
}
