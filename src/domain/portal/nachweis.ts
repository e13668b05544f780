import type { PortalFehlerCode } from "./fehlerCodes";

export const NACHWEIS_TYPEN = ["application/pdf", "image/jpeg", "image/png"] as const;
export type NachweisTyp = (typeof NACHWEIS_TYPEN)[number];

/** 10 MB: enough for a phone photo or a scanned letter. */
export const NACHWEIS_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Decides on an upload by what its bytes are (the type detected from the content), never by its name.
 * `erkannterTyp` is null when the content matches no known type.
 */
export function pruefeNachweis(
  groesse: number,
  erkannterTyp: string | null,
): { ok: true; typ: NachweisTyp } | { ok: false; code: PortalFehlerCode } {
  if (groesse === 0) return { ok: false, code: "portal.datei_leer" };
  if (groesse > NACHWEIS_MAX_BYTES) return { ok: false, code: "portal.datei_zu_gross" };
  const typ = NACHWEIS_TYPEN.find((t) => t === erkannterTyp);
  return typ ? { ok: true, typ } : { ok: false, code: "portal.dateityp" };
}

/** A safe display name: no path, no control characters, at most 120 characters. */
export function sichererDateiname(name: string): string {
  const basis = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const sauber = basis.replace(/[\u0000-\u001f\u007f"<>]/g, "").trim();
  return (sauber || "nachweis").slice(0, 120);
}
