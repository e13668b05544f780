import { hilfe, type Vorlage } from "../vorlage";

/** Support templates: counselling, job offers, referrals to other services, assessments. */
export const UNTERSTUETZUNG_BERATUNG: readonly Vorlage[] = [
  hilfe(
    "u-beratung-termine",
    "beratung",
    "Das Jobcenter spricht alle {anzahl} Wochen mit mir über den Plan.",
    {
      passtZu: [
        "arbeit",
        "qualifizierung",
        "gesundheit",
        "erwerbsfaehigkeit",
        "sprache",
        "familie_persoenliches",
      ],
      tags: ["Beratung", "Gespräch"],
    },
    {
      ls: "Ich habe alle {anzahl} Wochen einen Termin im Jobcenter. Wir sprechen über meinen Plan.",
      en: "Every {anzahl} weeks the jobcentre talks with me about the plan.",
    },
  ),
  hilfe(
    "u-stellenangebote",
    "vermittlung",
    "Das Jobcenter schickt mir jeden Monat mindestens {anzahl} passende Stellenangebote.",
    { passtZu: ["arbeit"], tags: ["Vermittlungsvorschläge", "Vermittlung"] },
    {
      ls: "Das Jobcenter sucht Arbeit für mich. Ich bekomme jeden Monat {anzahl} Angebote.",
      en: "Every month the jobcentre sends me at least {anzahl} suitable job offers.",
    },
  ),
  hilfe(
    "u-arbeitgeber-service",
    "vermittlung",
    "Das Jobcenter zeigt mein Profil bis {datum} passenden Firmen.",
    { passtZu: ["arbeit"], tags: ["Arbeitgeberservice", "Vermittlung"] },
    {
      ls: "Das Jobcenter zeigt Firmen mein Profil. Das macht es bis {datum}.",
      en: "By {datum} the jobcentre shows my profile to suitable employers.",
    },
  ),
  hilfe(
    "u-kinderbetreuung",
    "vermittlung_an_dienste",
    "Das Jobcenter hilft mir bis {datum} bei der Suche nach einem Kita-Platz.",
    { passtZu: ["familie_persoenliches"], tags: ["Kinderbetreuung", "Kita"] },
    {
      ls: "Ich suche einen Kita-Platz für mein Kind. Das Jobcenter hilft mir. Wir suchen bis {datum}.",
      en: "Until {datum} the jobcentre helps me look for a day-care place.",
    },
  ),
  hilfe(
    "u-schuldnerberatung",
    "vermittlung_an_dienste",
    "Das Jobcenter macht bis {datum} einen Termin für mich bei der Schuldnerberatung {stelle}.",
    { passtZu: ["familie_persoenliches"], tags: ["Schulden", "§ 16a"] },
    {
      ls: "Das Jobcenter macht einen Termin für mich. Der Termin ist bei der Schulden·beratung {stelle}.",
      en: "By {datum} the jobcentre makes an appointment for me with the debt counselling service {stelle}.",
    },
  ),
  hilfe(
    "u-beratungsstelle",
    "vermittlung_an_dienste",
    "Das Jobcenter gibt mir bis {datum} den Kontakt zur Beratungsstelle {stelle}.",
    {
      passtZu: ["gesundheit", "familie_persoenliches"],
      tags: ["Suchtberatung", "psychosoziale Betreuung", "§ 16a"],
    },
    {
      ls: "Das Jobcenter gibt mir eine Adresse. Dort bekomme ich Hilfe: {stelle}. Ich bekomme die Adresse bis {datum}.",
      en: "By {datum} the jobcentre gives me the contact details of the counselling service {stelle}.",
    },
  ),
  hilfe(
    "u-migrationsberatung",
    "vermittlung_an_dienste",
    "Das Jobcenter macht bis {datum} einen Termin für mich bei der Migrationsberatung {stelle}.",
    { passtZu: ["sprache", "familie_persoenliches"], tags: ["Migration", "Aufenthalt"] },
    {
      ls: "Das Jobcenter macht einen Termin für mich. Dort bekomme ich Hilfe für mein Leben in Deutschland: {stelle}.",
      en: "By {datum} the jobcentre makes an appointment for me with the migration counselling service {stelle}.",
    },
  ),
  hilfe(
    "u-aerztlicher-dienst",
    "pruefung",
    "Das Jobcenter bittet bis {datum} den Ärztlichen Dienst um ein Gutachten.",
    { passtZu: ["erwerbsfaehigkeit", "gesundheit"], tags: ["ÄD", "Leistungsvermögen"] },
    {
      ls: "Das Jobcenter fragt bis {datum} seinen Arzt·dienst. Der prüft, wie viel ich arbeiten kann.",
      en: "By {datum} the jobcentre asks its medical service for an expert opinion.",
    },
  ),
  hilfe(
    "u-reha-pruefen",
    "pruefung",
    "Das Jobcenter prüft bis {datum} mit mir, ob eine Reha möglich ist.",
    { passtZu: ["erwerbsfaehigkeit", "gesundheit"], tags: ["Rehabilitation", "Reha-Bedarf", "Teilhabe"] },
    {
      ls: "Das Jobcenter prüft mit mir: Brauche ich eine Reha? Das klären wir bis {datum}.",
      en: "By {datum} the jobcentre and I check whether rehabilitation is possible.",
    },
  ),
];
