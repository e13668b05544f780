/**
 * A template is specific by construction (codebook: how often/how many, by when, or with whom) when
 * its text contains one of these: a count, date, named offer or place placeholder, an amount, or a
 * concrete frequency or time frame ("jeden Monat", "alle {anzahl} Wochen", "innerhalb von 3 Tagen").
 */
export const SPEZIFISCH_MARKER =
  /\{(?:anzahl|datum|angebot|stelle|stunden|betrag)\}|\b(?:jede[nrs]?|pro)\s+(?:Tag|Woche|Monat|Kurstag)|innerhalb von \d+|zum nächsten Termin/u;
