/** Roles that read audit rows (application `Rolle` values). */
export type AuditLeser = "teamleitung" | "datenschutz";

/** Detail keys that carry or reveal special-category health data (Art. 9 DSGVO). */
const GESUNDHEIT = new Set(["gesundheit", "gesundheitSichtbar", "art9"]);

/**
 * Detail keys that say how data was processed, not what the case holds: safe for the
 * data-protection officer, who sees no case content (no plan, no Potenzialanalyse, no sanction).
 */
const NEUTRAL = new Set(["nummer", "anzahl", "methode", "route", "ziel", "lockVersion", "ersetzt", "kanal"]);

/**
 * The details of an audit row as a reader may see them (data minimisation, Art. 5 (1) c DSGVO).
 * Nobody who reads the audit sees the health flag: a row that touched Art. 9 data carries
 * `art9: true` instead, whatever the health answer was. The team lead sees the other details of the
 * case (they read the case too); the data-protection officer sees only the neutral ones.
 */
export function zeigeDetails(details: Record<string, unknown>, leser: AuditLeser): Record<string, unknown> {
  // `gesundheit` is the key of rows written before migration 0011 (they held the answer).
  const art9 = details.art9 === true || "gesundheit" in details || details.gesundheitSichtbar === true;
  const sichtbar = Object.entries(details).filter(([k]) =>
    leser === "datenschutz" ? NEUTRAL.has(k) : !GESUNDHEIT.has(k),
  );
  return { ...Object.fromEntries(sichtbar), ...(art9 ? { art9: true } : {}) };
}
