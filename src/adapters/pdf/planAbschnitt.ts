/** One bullet of a list section; `detail` is the smaller second line (frequency, deadline, proof). */
export interface ListenPunkt extends PlanText {
  detail: string | null;
}

/** A text of the plan; `lang` when it is not in the document language (German free text). */
export interface PlanText {
  text: string;
  lang?: string;
  /** A short note in the document language below the text ("Nur auf Deutsch"). */
  hinweis?: string;
}

export type AbschnittBlock = ({ art: "absatz" } & PlanText) | { art: "liste"; punkte: ListenPunkt[] };

/** One of the six rubrics of the BA template, as printable blocks; no blocks means "keine Angaben". */
export interface PlanAbschnitt {
  ueberschrift: string;
  bloecke: AbschnittBlock[];
}
