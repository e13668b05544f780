import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { GeheimnisTresor } from "../../application/portal/auth/deps";

/** Marks an encrypted value: `v1.<iv>.<tag>.<ciphertext>` (base64url). A value without it is legacy plain text. */
const PRAEFIX = "v1.";

/**
 * AES-256-GCM with a 96-bit random IV per value; the row it belongs to (`bindung`, the account id) is
 * authenticated as associated data, so a ciphertext copied to another account does not open (ADR 0021).
 */
export function aesGcmTresor(schluessel: Buffer): GeheimnisTresor {
  if (schluessel.length !== 32) throw new Error("Der Schlüssel muss 32 Bytes lang sein");
  return {
    verschluesseln(klartext, bindung) {
      const iv = randomBytes(12);
      const c = createCipheriv("aes-256-gcm", schluessel, iv);
      c.setAAD(Buffer.from(bindung, "utf8"));
      const daten = Buffer.concat([c.update(klartext, "utf8"), c.final()]);
      return PRAEFIX + [iv, c.getAuthTag(), daten].map((b) => b.toString("base64url")).join(".");
    },
    entschluesseln(gespeichert, bindung) {
      if (!gespeichert.startsWith(PRAEFIX)) return { klartext: gespeichert, veraltet: true };
      const [iv, tag, daten, ...rest] = gespeichert
        .slice(PRAEFIX.length)
        .split(".")
        .map((t) => Buffer.from(t, "base64url"));
      if (!iv || !tag || !daten || rest.length > 0 || iv.length !== 12 || tag.length !== 16) return null;
      try {
        const d = createDecipheriv("aes-256-gcm", schluessel, iv);
        d.setAAD(Buffer.from(bindung, "utf8"));
        d.setAuthTag(tag);
        return { klartext: Buffer.concat([d.update(daten), d.final()]).toString("utf8"), veraltet: false };
      } catch {
        return null;
      }
    },
  };
}

/** The fixed key of development, demo and tests (never for real data: it is in the source). */
export const ENTWICKLUNGS_SCHLUESSEL = createHash("sha256")
  .update("kooperationsplan-entwicklung-totp")
  .digest();

/**
 * The TOTP key from `TOTP_KEY` (32 bytes, base64). Without it: in production (`NODE_ENV=production`)
 * without demo data the app refuses to start; in development, tests and the demo (`npm start` on PGlite
 * with demo data) the fixed development key, with a warning.
 */
export function totpSchluessel(
  env: { TOTP_KEY?: string | undefined; NODE_ENV?: string | undefined },
  demo: boolean,
): {
  schluessel: Buffer;
  warnung: string | null;
} {
  const wert = env.TOTP_KEY?.trim();
  if (wert) {
    const schluessel = Buffer.from(wert, "base64");
    if (schluessel.length !== 32 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(wert))
      throw new Error(
        "TOTP_KEY muss 32 Bytes in Base64 sein (TOTP_KEY must be 32 bytes, base64): openssl rand -base64 32",
      );
    return { schluessel, warnung: null };
  }
  if (env.NODE_ENV === "production" && !demo)
    throw new Error(
      "TOTP_KEY fehlt: ohne Schlüssel für die TOTP-Geheimnisse startet die App in Produktion nicht (TOTP_KEY missing: refusing to start in production). Erzeugen: openssl rand -base64 32",
    );
  return {
    schluessel: ENTWICKLUNGS_SCHLUESSEL,
    warnung:
      "WARNUNG: TOTP_KEY nicht gesetzt, TOTP-Geheimnisse werden mit dem festen Entwicklungsschlüssel verschlüsselt (nur Entwicklung/Demo/Tests).",
  };
}
