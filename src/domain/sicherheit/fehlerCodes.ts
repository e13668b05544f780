/** Stable error codes of the security hardening (issue 10). */
export const SICHERHEIT_FEHLER = {
  /** The stored bytes of an upload no longer match the SHA-256 stored with them. */
  "nachweis.manipuliert": 409,
  /** Two requests changed the same thing at the same time; the database kept one (unique or serialization conflict). */
  "konflikt.gleichzeitig": 409,
  /** A text field holds a NUL character, which no text of the app may contain. */
  "eingabe.nullzeichen": 400,
  /** A new activation code for an activated account (a reset) without the counsellor's reason. */
  "portal.zuruecksetzen_grund_fehlt": 422,
} as const;

export type SicherheitFehlerCode = keyof typeof SICHERHEIT_FEHLER;
