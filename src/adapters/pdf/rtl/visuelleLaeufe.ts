import bidiFactory from "bidi-js";

const bidi = bidiFactory();
const RTL_SCHRIFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Bidi controls: they steer the order but are never drawn. */
const STEUERZEICHEN = /^[\u200e\u200f\u2066-\u2069]$/;

/** Marks `text` as a left-to-right island (phone numbers, German words) inside right-to-left text. */
export const ltrInsel = (text: string): string => `\u2066${text}\u2069`;

/** The text without bidi controls (for measuring). */
export const ohneSteuerzeichen = (text: string): string => text.replace(/[\u200e\u200f\u2066-\u2069]/g, "");

/**
 * One line of a right-to-left paragraph (already broken) as the pieces to draw from left to right.
 * The Unicode bidi algorithm (bidi-js) orders the runs: digits and Latin words keep their logical
 * order, mirrored characters are swapped. An Arabic word is handed over in logical order, because
 * fontkit shapes it (joining forms) and reverses its glyphs itself; spaces are pieces of their own.
 */
export function visuelleLaeufe(zeile: string): string[] {
  const ebenen = bidi.getEmbeddingLevels(zeile, "rtl");
  const gespiegelt = bidi.getMirroredCharactersMap(zeile, ebenen.levels);
  const reihenfolge = bidi.getReorderedIndices(zeile, ebenen);
  const laeufe: { zeichen: string[]; rtl: boolean; leer: boolean }[] = [];
  for (const i of reihenfolge) {
    const zeichen = gespiegelt.get(i) ?? zeile[i] ?? "";
    if (STEUERZEICHEN.test(zeichen)) continue;
    const rtl = ((ebenen.levels[i] ?? 0) & 1) === 1;
    const leer = zeichen === " ";
    const letzter = laeufe[laeufe.length - 1];
    if (letzter && !leer && !letzter.leer && letzter.rtl === rtl) letzter.zeichen.push(zeichen);
    else laeufe.push({ zeichen: [zeichen], rtl, leer });
  }
  return laeufe.map(({ zeichen, rtl }) => {
    const text = zeichen.join("");
    return rtl && RTL_SCHRIFT.test(text) ? [...zeichen].reverse().join("") : text;
  });
}
