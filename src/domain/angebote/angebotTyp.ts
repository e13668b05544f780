/** Kinds of concrete support offers in a jobcentre's catalogue. */
export const ANGEBOT_TYPEN = [
  "avgs",
  "bildungsgutschein",
  "bewerbungskosten",
  "fahrtkosten",
  "coaching",
  "massnahme",
] as const;
export type AngebotTyp = (typeof ANGEBOT_TYPEN)[number];

/** German names for the UI and plain reasons. */
export const ANGEBOT_TYP_NAMEN: Record<AngebotTyp, string> = {
  avgs: "Gutschein für Coaching oder Kurs (AVGS)",
  bildungsgutschein: "Bildungsgutschein für eine Weiterbildung",
  bewerbungskosten: "Geld für Bewerbungen",
  fahrtkosten: "Fahrtkosten",
  coaching: "Coaching",
  massnahme: "Kurs oder Angebot eines Trägers",
};
