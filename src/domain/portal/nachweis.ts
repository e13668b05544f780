import type { IsoDate } from "../shared/isoDate";
import type { PortalFehlerCode } from "./fehlerCodes";

export const NACHWEIS_TYPEN = ["application/pdf", "image/jpeg", "image/png"] as const;
export type NachweisTyp = (typeof NACHWEIS_TYPEN)[number];

/** 10 MB: enough for a phone photo or a scanned letter. */
export const NACHWEIS_MAX_BYTES = 10 * 1024 * 1024;

const ENDUNG: Record<NachweisTyp, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
};

/**
 * What the content check found (adapter: `dateiinhalt.ts`): `sauber`, or `aktiv` when the file carries
 * something that runs or hides other content (PDF JavaScript, launch actions, embedded files, HTML/SVG).
 */
export type InhaltsBefund = "sauber" | "aktiv";

/**
 * Decides on an upload by what its bytes are (the type detected from the content), never by its name.
 * `erkannterTyp` is null when the content matches no known type.
 */
export function pruefeNachweis(
  groesse: number,
  erkannterTyp: string | null,
  befund: InhaltsBefund = "sauber",
): { ok: true; typ: NachweisTyp } | { ok: false; code: PortalFehlerCode } {
  if (groesse === 0) return { ok: false, code: "portal.datei_leer" };
  if (groesse > NACHWEIS_MAX_BYTES) return { ok: false, code: "portal.datei_zu_gross" };
  const typ = NACHWEIS_TYPEN.find((t) => t === erkannterTyp);
  if (!typ) return { ok: false, code: "portal.dateityp" };
  return befund === "sauber" ? { ok: true, typ } : { ok: false, code: "portal.datei_aktiv" };
}

/**
 * The name an upload is stored and served under: derived by the server from the detected type and the
 * day of upload (`Nachweis-2026-11-26.pdf`). The recipient's own name and extension are never used, so
 * no browser can be led to open a PDF as `.html` or a script as `.pdf`.
 */
export function nachweisDateiname(typ: NachweisTyp, hochgeladenAm: IsoDate): string {
  return `Nachweis-${hochgeladenAm}.${ENDUNG[typ]}`;
}

/**
 * Unicode controls that change how a text is shown rather than what it says: C0/C1 controls, bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069; "Rechnung<U+202E>fdp.exe" looks like
 * "Rechnungexe.pdf"), marks, zero-width characters, the BOM and line/paragraph separators.
 */
const STEUERZEICHEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/** A text shown in the UI (an upload's description, a stored name): without invisible controls. */
export function sichererAnzeigetext(text: string, max = 300): string {
  return text.replace(STEUERZEICHEN, "").trim().slice(0, max);
}

/** A safe display name: no path, no control or bidi characters, at most 120 characters. */
export function sichererDateiname(name: string): string {
  const basis = name.split(/[\\/]/).pop() ?? "";
  const sauber = sichererAnzeigetext(basis, 1000).replace(/["<>]/g, "").trim();
  return (sauber || "nachweis").slice(0, 120);
}

/**
 * PDF names that make a document act instead of show: JavaScript, launch actions, embedded files,
 * rich media and XFA forms (which carry scripts). Names may be written with `#xx` escapes
 * (`/J#61vaScript`), so `text` must be decoded with `pdfNamenEntschluesseln` first.
 */
const AKTIVE_PDF_NAMEN = /\/(?:JS|JavaScript|Launch|EmbeddedFiles?|RichMedia|XFA|Encrypt)(?![A-Za-z0-9])/;

/** HTML, SVG or XML markup that a browser would render as a page (polyglots). */
const MARKUP =
  /<\s*(?:script|html|body|head|svg|iframe|object|embed|meta|link|form|!doctype)[\s>/]|javascript:/i;

/** Decodes `#xx` escapes in PDF names (ISO 32000-1, 7.3.5). */
export function pdfNamenEntschluesseln(text: string): string {
  return text.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** What the adapter read from an upload's bytes. */
export interface Dateiinhalt {
  /** The whole file as Latin-1 (markup is looked for everywhere). */
  text: string;
  /**
   * For a PDF, the object syntax: the file without the bodies of its streams (binary data would give
   * false hits on short names such as `/JS`), plus every decompressed object stream (`/Type/ObjStm`),
   * where objects can hide.
   */
  pdfObjekte: readonly string[];
  /** An object stream could not be decompressed (so not checked): refused as well. */
  pdfUnlesbar: boolean;
}

/** Judges the content of an upload: markup anywhere, and PDF names that make it act. */
export function beurteileInhalt(typ: NachweisTyp, inhalt: Dateiinhalt): InhaltsBefund {
  if (MARKUP.test(inhalt.text)) return "aktiv";
  if (typ === "application/pdf" && inhalt.pdfUnlesbar) return "aktiv";
  if (typ === "application/pdf")
    for (const objekte of inhalt.pdfObjekte)
      if (AKTIVE_PDF_NAMEN.test(pdfNamenEntschluesseln(objekte))) return "aktiv";
  return "sauber";
}
