export { CachingPdfRenderer } from "./CachingPdfRenderer";
export { fitsOnePage } from "./fitsOnePage";
export { PdfKitPlanRenderer, type PdfTexteJeSprache } from "./PdfKitPlanRenderer";
export type { PdfTexte } from "./pdfTexte";
export { pdfTexteDe } from "./pdfTexteDe";
export { renderPlanPdf, type PlanPdf } from "./renderPlanPdf";
export { PDF_LANG, PDF_TEXTE } from "./sprachen/pdfTexteJeSprache";
