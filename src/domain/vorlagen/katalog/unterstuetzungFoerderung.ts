import { hilfe, type Vorlage } from "../vorlage";

/** Support templates: concrete offers with money or a place (vouchers, costs, coaching, courses). */
export const UNTERSTUETZUNG_FOERDERUNG: readonly Vorlage[] = [
  hilfe(
    "u-avgs",
    "foerderung",
    "Das Jobcenter gibt mir bis {datum} einen Gutschein (AVGS) für das Coaching {angebot}.",
    {
      passtZu: ["arbeit", "qualifizierung", "familie_persoenliches"],
      typ: "avgs",
      tags: ["Aktivierungsgutschein", "Vermittlungsgutschein"],
    },
    {
      ls: "Ich bekomme bis {datum} einen Gutschein vom Jobcenter. Damit mache ich das Coaching {angebot}.",
      en: "By {datum} the jobcentre gives me a voucher (AVGS) for the coaching {angebot}.",
    },
  ),
  hilfe(
    "u-bildungsgutschein",
    "foerderung",
    "Das Jobcenter prüft bis {datum} einen Bildungsgutschein für die Weiterbildung {angebot}.",
    { passtZu: ["qualifizierung"], typ: "bildungsgutschein", tags: ["BGS", "Umschulung", "Weiterbildung"] },
    {
      ls: "Ich will einen Kurs für meinen Beruf machen. Das Jobcenter prüft bis {datum}, ob es den Kurs bezahlt.",
      en: "By {datum} the jobcentre checks a training voucher for the course {angebot}.",
    },
  ),
  hilfe(
    "u-bewerbungskosten",
    "foerderung",
    "Das Jobcenter zahlt mir bis zu {betrag} Euro im Jahr für Bewerbungen.",
    { passtZu: ["arbeit"], typ: "bewerbungskosten", tags: ["Bewerbungskosten", "Vermittlungsbudget"] },
    {
      ls: "Bewerbungen kosten Geld. Das Jobcenter gibt mir dafür bis zu {betrag} Euro im Jahr.",
      en: "The jobcentre pays me up to {betrag} euros a year for applications.",
    },
  ),
  hilfe(
    "u-fahrtkosten",
    "foerderung",
    "Das Jobcenter zahlt meine Fahrten zu Vorstellungsgesprächen. Ich gebe die Fahrkarten jeden Monat ab.",
    { passtZu: ["arbeit", "qualifizierung"], typ: "fahrtkosten", tags: ["Fahrtkosten", "Reisekosten"] },
    {
      ls: "Ich fahre zu Gesprächen bei Firmen. Das Jobcenter bezahlt die Fahrt. Ich gebe jeden Monat die Fahr·karten ab.",
      en: "The jobcentre pays my travel to job interviews. I hand in the tickets every month.",
    },
  ),
  hilfe(
    "u-coaching",
    "foerderung",
    "Das Jobcenter vermittelt mir ab {datum} ein Coaching bei {stelle}.",
    {
      passtZu: ["arbeit", "gesundheit", "familie_persoenliches"],
      typ: "coaching",
      tags: ["§ 16k", "Begleitung"],
    },
    {
      ls: "Ab {datum} hilft mir eine Person von {stelle}. Sie begleitet mich. Das heißt Coaching.",
      en: "From {datum} the jobcentre arranges coaching for me at {stelle}.",
    },
  ),
  hilfe(
    "u-kurs-platz",
    "foerderung",
    "Das Jobcenter gibt mir ab {datum} einen Platz im Kurs {angebot}.",
    { passtZu: ["qualifizierung", "arbeit"], typ: "massnahme", tags: ["Maßnahme", "Träger", "Angebot"] },
    {
      ls: "Ich bekomme einen Platz im Kurs {angebot}. Der Kurs fängt am {datum} an.",
      en: "From {datum} the jobcentre gives me a place in the course {angebot}.",
    },
  ),
  hilfe(
    "u-lohnzuschuss",
    "foerderung",
    "Das Jobcenter prüft bis {datum} einen Zuschuss zum Lohn für meinen neuen Arbeitgeber.",
    { passtZu: ["arbeit"], tags: ["Eingliederungszuschuss", "EGZ", "Lohnkostenzuschuss"] },
    {
      ls: "Eine Firma will mich einstellen. Das Jobcenter prüft bis {datum}, ob es Geld zum Lohn dazugibt.",
      en: "By {datum} the jobcentre checks a wage subsidy for my new employer.",
    },
  ),
  hilfe(
    "u-berufssprachkurs",
    "foerderung",
    "Das Jobcenter gibt mir bis {datum} die Berechtigung für den Deutschkurs für den Beruf.",
    { passtZu: ["sprache"], tags: ["Berufssprachkurs", "BSK", "Integrationskurs", "Sprachkurs"] },
    {
      ls: "Ich darf einen Deutsch·kurs für den Beruf machen. Das Jobcenter gibt mir bis {datum} das Papier dafür.",
      en: "By {datum} the jobcentre gives me the entitlement for the job-related German course.",
    },
  ),
  hilfe(
    "u-uebersetzung",
    "foerderung",
    "Das Jobcenter zahlt bis {datum} die Übersetzung meiner Zeugnisse.",
    { passtZu: ["qualifizierung"], tags: ["Übersetzung", "Anerkennung", "Vermittlungsbudget"] },
    {
      ls: "Meine Zeugnisse sollen auf Deutsch sein. Das Jobcenter zahlt dafür. Das passiert bis {datum}.",
      en: "By {datum} the jobcentre pays for the translation of my certificates.",
    },
  ),
  hilfe(
    "u-einstiegsgeld",
    "foerderung",
    "Das Jobcenter prüft bis {datum} Einstiegsgeld für meine eigene Firma.",
    { passtZu: ["arbeit"], tags: ["Einstiegsgeld", "Selbstständigkeit", "Gründung"] },
    {
      ls: "Ich mache eine eigene Firma. Das Jobcenter prüft bis {datum}, ob ich Geld für den Start bekomme.",
      en: "By {datum} the jobcentre checks start-up support (Einstiegsgeld) for my own business.",
    },
  ),
];
