import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Font names registered on every plan document. */
export const SCHRIFT = { normal: "PlanSans", fett: "PlanSans-Bold" } as const;

export interface PlanFontDaten {
  normal: Uint8Array;
  fett: Uint8Array;
}

let cache: PlanFontDaten | null = null;

/**
 * DejaVu Sans (regular and bold) from the `dejavu-fonts-ttf` package. It covers Latin, Cyrillic
 * and Arabic, so later language versions of the plan can use the same embedded font.
 */
export function loadPlanFonts(): PlanFontDaten {
  if (cache) return cache;
  const packageJson = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json");
  const ttf = join(dirname(packageJson), "ttf");
  cache = {
    normal: readFileSync(join(ttf, "DejaVuSans.ttf")),
    fett: readFileSync(join(ttf, "DejaVuSans-Bold.ttf")),
  };
  return cache;
}

/** What pdfkit keeps per document for its fonts (not in its public types). */
interface PdfKitFontIntern {
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
  _font: { constructor: EmbeddedFontKlasse; font: ParsedFont };
}
/** fontkit keeps the glyphs it has met, with the characters they were first met for. */
interface ParsedFont {
  _glyphs: Record<number, unknown>;
}
type EmbeddedFontKlasse = new (document: PDFKit.PDFDocument, font: unknown, id: string) => unknown;

/** The parsed font (fontkit) per name, shared by every document of this process. */
const geparst = new Map<string, { klasse: EmbeddedFontKlasse; font: ParsedFont }>();

/**
 * Registers both plan fonts on a document and selects the regular one. pdfkit parses a font file
 * for every document (about 14 ms each); the parsed font is read-only during layout, so it is
 * parsed once per process and each document gets its own embedding (subset, widths) of it. The
 * glyph cache starts empty for each document, as with a freshly parsed font: a glyph first met
 * through a substitution carries no characters, which would break the text layer (ToUnicode).
 */
export function registerPlanFonts(pdf: PDFKit.PDFDocument): void {
  const daten = loadPlanFonts();
  const intern = pdf as unknown as PdfKitFontIntern;
  for (const [name, bytes] of [
    [SCHRIFT.normal, daten.normal],
    [SCHRIFT.fett, daten.fett],
  ] as const) {
    pdf.registerFont(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const bekannt = geparst.get(name);
    if (bekannt) {
      bekannt.font._glyphs = {};
      intern._fontFamilies[name] = new bekannt.klasse(pdf, bekannt.font, `F${++intern._fontCount}`);
      continue;
    }
    pdf.font(name);
    geparst.set(name, { klasse: intern._font.constructor, font: intern._font.font });
  }
  pdf.font(SCHRIFT.normal);
}
