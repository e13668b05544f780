import { type Begruendung, type Regel } from "./regel";
import { type Frist } from "./rechtsfolgenErgebnis";
import { type RegelSatz } from "./regelSatz";

/** What a period of law decides about one event, before start, cap and compliance are applied. */
export interface Bemessung {
  satz: RegelSatz;
  /** Statutory rate in % of the Regelbedarf (100: Regelbedarf entfällt). */
  regelProzent: number;
  monate: number;
  /** Cap for all concurrent reductions (30 % of the Regelbedarf; 100 for § 31a Abs. 7). */
  grenze: number;
  /** What `erfuellt` means: the duty was fulfilled, or (§ 31a Abs. 7) the job is no longer available. */
  anlass: "erfuellung" | "arbeit_nicht_mehr_moeglich";
  /** Months the reduction runs at least before compliance ends it; `null`: compliance does not end it. */
  mindestMonate: number | null;
  /** Does § 31a Abs. 6 (counselling offer for under-25s) apply? */
  u25: boolean;
  /** What happens to housing costs (never reduced by a percentage reduction). */
  kduGrund: string;
  /** § 7b Abs. 4 n. F.: the person is deemed not reachable. */
  nichtErreichbar: Regel | null;
}

/** Reasons so far and, when a reduction follows, its Bemessung. */
export interface Beurteilung {
  begruendung: Begruendung[];
  fristen: Frist[];
  bemessung: Bemessung | null;
}

export const KDU_NICHT_GEMINDERT =
  "Die Kosten der Unterkunft und Heizung werden durch die Minderung nicht verringert.";
