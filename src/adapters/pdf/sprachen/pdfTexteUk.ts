import type { UebergabeKanal } from "../../../domain/kooperationsplan/planVersion";
import { formatGermanDate } from "../../../domain/shared/isoDate";
import type { PdfTexte } from "../pdfTexte";

const KANAL: Record<UebergabeKanal, string> = { persoenlich: "особисто", post: "поштою", digital: "цифрово" };

/** Ukrainian wording of the plan (as in the portal). */
export const pdfTexteUk: PdfTexte = {
  richtung: "ltr",
  nurDeutsch: "Лише німецькою",
  jobcenterUebersetzung: "Переклад джобцентру",
  datum: formatGermanDate,
  titel: "Мій план співпраці",
  version: (nummer) => `Версія ${nummer}`,
  metadatenTitel: (name) => `План співпраці – ${name}`,
  metadatenThema: "План співпраці згідно з § 15 SGB II",
  bgNummer: "Номер BG",
  ansprechperson: "Ваша контактна особа",
  telefon: "Телефон",
  email: "Ел. пошта",
  vereinbart: (datum, kanal) => `Узгоджено та передано ${datum}${kanal === null ? "" : ` (${KANAL[kanal]})`}`,
  ueberpruefung: (datum) => `Ми переглянемо план не пізніше ${datum}.`,
  entwurf: "Чернетка – ще не узгоджено",
  ueberschriften: {
    berufsziel: "Моя професійна мета",
    zwischenziele: "Моя наступна проміжна мета",
    schritte: "Мої наступні кроки",
    unterstuetzung: "Мій джобцентр підтримує мене",
    andereStellen: "Підтримка інших установ",
    wasSonstNochWichtig: "Що ще важливо",
  },
  vermittlungsfelder: (felder) => `Я шукаю роботу в цих сферах: ${felder}`,
  wieOft: "Як часто",
  bis: "До",
  nachweis: "Підтвердження",
  rehaBedarf: {
    pruefen: "Ми разом перевіримо, чи підходять вам послуги з реабілітації.",
    ja: "Ви подаєте заяву на послуги з реабілітації. Ми допоможемо вам.",
  },
  naechsterTermin: (termin) => `Наша наступна зустріч: ${termin}`,
  uhr: (uhrzeit) => uhrzeit,
  keineAngaben: "– немає даних –",
  seite: (nummer, von) => `Сторінка ${nummer} з ${von}`,
  fusszeile:
    "Цей план не потребує підпису і не є офіційним рішенням. Він фіксує те, про що ми домовилися. (§\u00a015\u00a0SGB\u00a0II)",
};
