import { TABELLE_ARBEITSVERWEIGERUNG } from "./tabelleArbeitsverweigerung";
import { TABELLE_AUSSCHLUESSE } from "./tabelleAusschluesse";
import { TABELLE_BUERGERGELD } from "./tabelleBuergergeld";
import { TABELLE_GRUNDSICHERUNGSGELD } from "./tabelleGrundsicherungsgeld";
import { type TabellenZeile } from "./tabellenZeile";
import { TABELLE_ZWEITER_DURCHGANG } from "./tabelleZweiterDurchgang";
import { TABELLE_RECHTSSTAND } from "./tabelleRechtsstand";

/** The rule table, one row per rule and boundary; run through the domain and through the CLI. */
export const RECHTSFOLGEN_TABELLE: TabellenZeile[] = [
  ...TABELLE_RECHTSSTAND,
  ...TABELLE_ARBEITSVERWEIGERUNG,
  ...TABELLE_BUERGERGELD,
  ...TABELLE_AUSSCHLUESSE,
  ...TABELLE_GRUNDSICHERUNGSGELD,
  ...TABELLE_ZWEITER_DURCHGANG,
];
