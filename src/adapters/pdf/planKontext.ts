import type { PdfTexte } from "./pdfTexte";
import type { PlanTypografie } from "./planTypografie";

/** A horizontal strip of the page that text flows into. */
export interface Spalte {
  x: number;
  breite: number;
}

/** What every writer needs: the pdfkit document, the sizes, the words and the text frame. */
export interface PlanKontext {
  pdf: PDFKit.PDFDocument;
  typo: PlanTypografie;
  texte: PdfTexte;
  /** The full text width between the page margins. */
  spalte: Spalte;
  /** Lowest y that text may reach on a page. */
  unten: number;
}
