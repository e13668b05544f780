/** Kind of a plan entry: goal, own step, or the jobcentre's support. */
export type EntryKind = "ziel" | "schritt" | "unterstuetzung";

export const ENTRY_KINDS = ["ziel", "schritt", "unterstuetzung"] as const satisfies readonly EntryKind[];

/** Areas of goals and steps (codebook: `ziel`, `schritt`). */
export const ZIEL_AREAS = [
  "arbeit",
  "qualifizierung",
  "gesundheit",
  "erwerbsfaehigkeit",
  "sprache",
  "familie_persoenliches",
] as const;

/** Areas of the jobcentre's support (codebook: `unterstuetzung`). */
export const UNTERSTUETZUNG_AREAS = [
  "beratung",
  "vermittlung",
  "foerderung",
  "vermittlung_an_dienste",
  "pruefung",
] as const;

export type ZielArea = (typeof ZIEL_AREAS)[number];
export type UnterstuetzungArea = (typeof UNTERSTUETZUNG_AREAS)[number];
export type Area = ZielArea | UnterstuetzungArea;

/** German labels of all area codes, for the UI. */
export const AREA_LABELS: Readonly<Record<Area, string>> = {
  arbeit: "Arbeit und Bewerbung",
  qualifizierung: "Schule, Ausbildung und Weiterbildung",
  gesundheit: "Gesundheit",
  erwerbsfaehigkeit: "Klärung der Erwerbsfähigkeit",
  sprache: "Deutsch lernen",
  familie_persoenliches: "Familie und Persönliches",
  beratung: "Beratung",
  vermittlung: "Stellenangebote und Vermittlung",
  foerderung: "Förderung (Geld oder Maßnahme)",
  vermittlung_an_dienste: "Vermittlung an andere Stellen",
  pruefung: "Begutachtung (Ärztlicher oder Psychologischer Dienst)",
};

/** The areas allowed for an entry of this kind. */
export function areasForKind(kind: EntryKind): readonly Area[] {
  return kind === "unterstuetzung" ? UNTERSTUETZUNG_AREAS : ZIEL_AREAS;
}
