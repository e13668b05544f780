/** Codes of completeness hints (stable, for UI and statistics). */
export type VollstaendigkeitsCode =
  | "ziel_fehlt"
  | "schritt_fehlt"
  | "eigenbemuehungen_ohne_nachweis"
  | "unterstuetzung_fehlt"
  | "sprachkurs_pruefen"
  | "vermittlungsfelder_fehlen"
  | "reha_pruefen"
  | "ueberpruefung_fehlt"
  | "ueberpruefung_zu_spaet";

/** The rubric of the plan (or the review date) where the missing content belongs. */
export type Rubrik =
  "berufsziel" | "schritte" | "unterstuetzung" | "vermittlungsfelder" | "rehaBedarf" | "ueberpruefungAm";

/**
 * A hint what to add to a plan. Hints never block saving or handing over: § 15 Abs. 2 Satz 2 SGB II
 * lists what "soll" be agreed, and the plan is written together with the person.
 */
export interface VollstaendigkeitsHinweis {
  code: VollstaendigkeitsCode;
  /** The provision, e.g. "§ 15 Abs. 2 Satz 2 Nr. 2 SGB II". */
  norm: string;
  /** German, plain, one or two short sentences: what to add. */
  text: string;
  /** A short example entry. */
  example: string;
  rubrik: Rubrik;
}
