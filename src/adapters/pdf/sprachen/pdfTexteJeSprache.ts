import type { Sprache } from "../../../domain/person/leistungsberechtigte";
import type { PdfTexte } from "../pdfTexte";
import { pdfTexteDe } from "../pdfTexteDe";
import { pdfTexteAr } from "./pdfTexteAr";
import { pdfTexteDeLs } from "./pdfTexteDeLs";
import { pdfTexteEn } from "./pdfTexteEn";
import { pdfTexteTr } from "./pdfTexteTr";
import { pdfTexteUk } from "./pdfTexteUk";

/** The plan's wording in every portal language (the type requires all six). */
export const PDF_TEXTE: Record<Sprache, PdfTexte> = {
  de: pdfTexteDe,
  "de-LS": pdfTexteDeLs,
  en: pdfTexteEn,
  ar: pdfTexteAr,
  uk: pdfTexteUk,
  tr: pdfTexteTr,
};

/** `/Lang` of the PDF per portal language (Leichte Sprache is German). */
export const PDF_LANG: Record<Sprache, string> = {
  de: "de-DE",
  "de-LS": "de-DE",
  en: "en",
  ar: "ar",
  uk: "uk",
  tr: "tr",
};
