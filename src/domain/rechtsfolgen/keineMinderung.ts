import { type Rechtsstand } from "../rechtsstand/rechtsstandAm";
import { type Begruendung } from "./regel";
import { type Frist, type RechtsfolgenErgebnis } from "./rechtsfolgenErgebnis";

/** The unique norms of the reasons, in order of first mention. */
export function normenVon(begruendung: Begruendung[]): string[] {
  return [...new Set(begruendung.map((b) => b.norm))];
}

/** A result without reduction: `beginn`/`ende` null, `prozent`/`monate` 0. */
export function keineMinderung(
  id: RechtsfolgenErgebnis["id"],
  rechtsstand: Rechtsstand,
  begruendung: Begruendung[],
  fristen: Frist[],
): RechtsfolgenErgebnis {
  return {
    id,
    rechtsstand,
    minderung: false,
    prozent: 0,
    monate: 0,
    beginn: null,
    ende: null,
    gruende: begruendung.map((b) => b.grund),
    normen: normenVon(begruendung),
    regelProzent: 0,
    gesamtProzent: 0,
    gekappt: false,
    aufhebungAb: null,
    verlauf: [],
    fristen,
    nichtErreichbar: false,
    erreichbarkeit: null,
    begruendung,
  };
}
