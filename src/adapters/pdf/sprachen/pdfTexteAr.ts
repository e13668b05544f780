import type { UebergabeKanal } from "../../../domain/kooperationsplan/planVersion";
import { formatGermanDate } from "../../../domain/shared/isoDate";
import type { PdfTexte } from "../pdfTexte";
import { ltrInsel } from "../rtl/visuelleLaeufe";

const KANAL: Record<UebergabeKanal, string> = { persoenlich: "شخصياً", post: "بالبريد", digital: "رقمياً" };

/** Arabic wording of the plan (as in the portal), set right to left. */
export const pdfTexteAr: PdfTexte = {
  richtung: "rtl",
  nurDeutsch: "بالألمانية فقط",
  jobcenterUebersetzung: "ترجمة من مركز العمل",
  datum: formatGermanDate,
  titel: "خطة التعاون الخاصة بي",
  version: (nummer) => `النسخة ${nummer}`,
  metadatenTitel: (name) => `خطة التعاون – ${name}`,
  metadatenThema: "خطة التعاون وفق § 15 SGB II",
  bgNummer: "رقم BG",
  ansprechperson: "الشخص المسؤول عنك",
  telefon: "الهاتف",
  email: "البريد الإلكتروني",
  vereinbart: (datum, kanal) =>
    `تم الاتفاق عليها وتسليمها بتاريخ ${datum}${kanal === null ? "" : ` (${KANAL[kanal]})`}`,
  ueberpruefung: (datum) => `سنراجع الخطة في موعد أقصاه ${datum}.`,
  entwurf: "مسودة – لم يتم الاتفاق عليها بعد",
  ueberschriften: {
    berufsziel: "هدفي المهني",
    zwischenziele: "هدفي المرحلي القادم",
    schritte: "خطواتي القادمة",
    unterstuetzung: "يدعمني مركز العمل من خلال",
    andereStellen: "الدعم من جهات أخرى",
    wasSonstNochWichtig: "أمور مهمة أخرى",
  },
  vermittlungsfelder: (felder) => `أبحث عن عمل في هذه المجالات: ${felder}`,
  wieOft: "كم مرة",
  bis: "حتى",
  nachweis: "الإثبات",
  rehaBedarf: {
    pruefen: "سنتحقق معاً مما إذا كانت خدمات إعادة التأهيل مناسبة لك.",
    ja: "ستقدم طلباً للحصول على خدمات إعادة التأهيل. سنساعدك في ذلك.",
  },
  naechsterTermin: (termin) => `موعدنا القادم: ${termin}`,
  uhr: (uhrzeit) => `الساعة ${uhrzeit}`,
  keineAngaben: "لا توجد بيانات",
  seite: (nummer, von) => `الصفحة ${nummer} من ${von}`,
  fusszeile: `لا تحتاج هذه الخطة إلى توقيع وليست قراراً إدارياً. إنها تسجل ما اتفقنا عليه معاً. (${ltrInsel("§\u00a015\u00a0SGB\u00a0II")})`,
};
