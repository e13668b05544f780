/**
 * Confidence of a rule, from RULES.md: `V` verified from the statute text, `S` secondary source,
 * `U` uncertain or inferred. Rules tagged S or U can be corrected by configuration (`applyRegelOverrides`).
 */
export type Konfidenz = "V" | "S" | "U";

/** One legal rule: the norm it rests on and how sure we are of it. */
export interface Regel {
  norm: string;
  tag: Konfidenz;
}

/** One reason in a result, with the norm the UI shows beside it. */
export interface Begruendung extends Regel {
  grund: string;
}

/** Pairs a rule with a plain German reason. */
export function begruende(regel: Regel, grund: string): Begruendung {
  return { grund, norm: regel.norm, tag: regel.tag };
}
