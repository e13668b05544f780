/**
 * Areas of the codebook (IAB-FB 2/2026 categories). The entry coder in `domain/coding` assigns them;
 * these literal lists let the quality checks, templates and offers name areas without importing it.
 */
export const ZIEL_BEREICHE = [
  "arbeit",
  "qualifizierung",
  "gesundheit",
  "erwerbsfaehigkeit",
  "sprache",
  "familie_persoenliches",
] as const;
/** Area of a goal (`ziel`) or step (`schritt`). */
export type ZielBereich = (typeof ZIEL_BEREICHE)[number];

export const UNTERSTUETZUNG_BEREICHE = [
  "beratung",
  "vermittlung",
  "foerderung",
  "vermittlung_an_dienste",
  "pruefung",
] as const;
/** Area of a support entry (`unterstuetzung`). */
export type UnterstuetzungBereich = (typeof UNTERSTUETZUNG_BEREICHE)[number];

export type Bereich = ZielBereich | UnterstuetzungBereich;

/** The three kinds of plan entries in the codebook. */
export type EintragArt = "ziel" | "schritt" | "unterstuetzung";

/** German labels for texts shown to people. */
export const BEREICH_NAMEN: Record<Bereich, string> = {
  arbeit: "Arbeit",
  qualifizierung: "Qualifizierung",
  gesundheit: "Gesundheit",
  erwerbsfaehigkeit: "Erwerbsfähigkeit",
  sprache: "Sprache",
  familie_persoenliches: "Familie und Persönliches",
  beratung: "Beratung",
  vermittlung: "Vermittlung",
  foerderung: "Förderung",
  vermittlung_an_dienste: "Vermittlung an andere Stellen",
  pruefung: "Prüfung",
};
