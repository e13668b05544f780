/** Stable error codes of the recipient portal (mapped to HTTP status and to texts in every language). */
export const PORTAL_FEHLER_CODES = [
  "portal.code_ungueltig",
  "portal.anmeldung_fehlgeschlagen",
  "portal.benutzername_vergeben",
  "portal.totp_ungueltig",
  "portal.datei_leer",
  "portal.datei_zu_gross",
  "portal.dateityp",
  "portal.kein_plan",
  "portal.schritt_unbekannt",
  "portal.vorschlag_entschieden",
  "portal.oidc_fehler",
  "portal.nicht_gefunden",
  "portal.csrf",
  "portal.validierung",
] as const;
export type PortalFehlerCode = (typeof PORTAL_FEHLER_CODES)[number];

export interface PortalFehler {
  code: PortalFehlerCode;
  feld?: string;
}
