import type { UebergabeKanal } from "../../../domain/kooperationsplan/planVersion";
import { formatGermanDate } from "../../../domain/shared/isoDate";
import type { PdfTexte } from "../pdfTexte";

const KANAL: Record<UebergabeKanal, string> = {
  persoenlich: "şahsen",
  post: "posta ile",
  digital: "dijital",
};

/** Turkish wording of the plan (as in the portal). */
export const pdfTexteTr: PdfTexte = {
  richtung: "ltr",
  nurDeutsch: "Yalnızca Almanca",
  jobcenterUebersetzung: "Jobcenter tarafından çevrildi",
  datum: formatGermanDate,
  titel: "İş birliği planım",
  version: (nummer) => `Sürüm ${nummer}`,
  metadatenTitel: (name) => `İş birliği planı – ${name}`,
  metadatenThema: "§ 15 SGB II uyarınca iş birliği planı",
  bgNummer: "BG numarası",
  ansprechperson: "Sorumlu kişiniz",
  telefon: "Telefon",
  email: "E-posta",
  vereinbart: (datum, kanal) =>
    `${datum} tarihinde kararlaştırıldı ve teslim edildi${kanal === null ? "" : ` (${KANAL[kanal]})`}`,
  ueberpruefung: (datum) => `Planı en geç ${datum} tarihinde gözden geçireceğiz.`,
  entwurf: "Taslak – henüz kararlaştırılmadı",
  ueberschriften: {
    berufsziel: "Meslek hedefim",
    zwischenziele: "Bir sonraki ara hedefim",
    schritte: "Sonraki adımlarım",
    unterstuetzung: "Jobcenter'ım beni şununla destekliyor",
    andereStellen: "Diğer kurumların desteği",
    wasSonstNochWichtig: "Başka önemli olanlar",
  },
  vermittlungsfelder: (felder) => `Bu alanlarda iş arıyorum: ${felder}`,
  wieOft: "Ne sıklıkla",
  bis: "Son tarih",
  nachweis: "Kanıt",
  rehaBedarf: {
    pruefen: "Rehabilitasyon hizmetlerinin sizin için uygun olup olmadığını birlikte kontrol edeceğiz.",
    ja: "Rehabilitasyon hizmetleri için başvuru yapacaksınız. Size yardım edeceğiz.",
  },
  naechsterTermin: (termin) => `Bir sonraki randevumuz: ${termin}`,
  uhr: (uhrzeit) => `saat ${uhrzeit}`,
  keineAngaben: "– bilgi yok –",
  seite: (nummer, von) => `Sayfa ${nummer} / ${von}`,
  fusszeile:
    "Bu plan imza gerektirmez ve resmi bir karar değildir. Birlikte neyi kararlaştırdığımızı kaydeder. (§\u00a015\u00a0SGB\u00a0II)",
};
