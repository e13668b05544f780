import { type RechtsfolgenErgebnis } from "../rechtsfolgenErgebnis";
import { type RechtsfolgenFallInput } from "../rechtsfolgenFall";

/** One row of the rule table: the name cites the norm; `norm` must appear in `normen` or `fristen`. */
export interface TabellenZeile {
  name: string;
  norm: string;
  fall: RechtsfolgenFallInput;
  erwartet: Partial<Record<keyof RechtsfolgenErgebnis, unknown>>;
}

export const KEINE_MINDERUNG = { minderung: false, prozent: 0, monate: 0, beginn: null, ende: null };

/** Builds a row. */
export function zeile(
  name: string,
  norm: string,
  fall: RechtsfolgenFallInput,
  erwartet: TabellenZeile["erwartet"],
): TabellenZeile {
  return { name, norm, fall, erwartet };
}
