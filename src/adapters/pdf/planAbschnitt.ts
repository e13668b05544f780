/** One bullet of a list section; `detail` is the smaller second line (frequency, deadline, proof). */
export interface ListenPunkt {
  text: string;
  detail: string | null;
}

export type AbschnittBlock = { art: "absatz"; text: string } | { art: "liste"; punkte: ListenPunkt[] };

/** One of the six rubrics of the BA template, as printable blocks; no blocks means "keine Angaben". */
export interface PlanAbschnitt {
  ueberschrift: string;
  bloecke: AbschnittBlock[];
}
