/** Stable error codes of the recipient portal with their HTTP status (texts in every portal language). */
export const PORTAL_FEHLER = {
  "portal.code_ungueltig": 400,
  "portal.anmeldung_fehlgeschlagen": 401,
  "portal.benutzername_vergeben": 409,
  "portal.totp_ungueltig": 401,
  "portal.zu_viele_versuche": 429,
  "portal.datei_leer": 422,
  "portal.datei_zu_gross": 413,
  "portal.dateityp": 415,
  "portal.datei_aktiv": 415,
  "portal.kein_plan": 409,
  "portal.schritt_unbekannt": 404,
  "portal.vorschlag_entschieden": 409,
  "portal.oidc_fehler": 400,
  "portal.nicht_gefunden": 404,
  "portal.csrf": 403,
  "portal.validierung": 400,
  "portal.schlichtung_nicht_moeglich": 409,
  "portal.schlichtung_beantragt": 409,
} as const;

export type PortalFehlerCode = keyof typeof PORTAL_FEHLER;
export const PORTAL_FEHLER_CODES = Object.keys(PORTAL_FEHLER) as PortalFehlerCode[];

export interface PortalFehler {
  code: PortalFehlerCode;
  feld?: string;
}
