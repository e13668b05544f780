import { schritt, ziel, type Vorlage } from "../vorlage";

/** Templates for the area `sprache`: integration course, job-related German, exams. */
export const SPRACHE: readonly Vorlage[] = [
  ziel("spr-ziel-pruefung", "sprache", "Ich mache bis {datum} die Prüfung Deutsch {niveau}.", {
    ls: "Ich lerne Deutsch. Bis {datum} mache ich die Prüfung {niveau}.",
    en: "By {datum} I take the German exam at level {niveau}.",
  }),
  ziel(
    "spr-ziel-beruf",
    "sprache",
    "Ich spreche bis {datum} so gut Deutsch, dass ich als {beruf} arbeiten kann.",
    {
      ls: "Ich lerne Deutsch für die Arbeit. Bis {datum} kann ich genug Deutsch. Dann arbeite ich als {beruf}.",
      en: "By {datum} my German is good enough to work as {beruf}.",
    },
  ),
  schritt(
    "spr-integrationskurs-anmelden",
    "sprache",
    "Ich melde mich bis {datum} bei {stelle} für den Integrationskurs an.",
    { h: "einmal bis {datum}", n: "Anmelde-Bestätigung vom Anbieter", tags: ["Deutschkurs", "BAMF"] },
    {
      ls: "Ich melde mich für einen Deutsch·kurs an. Der Kurs ist bei {stelle}. Ich mache das bis {datum}.",
      en: "By {datum} I register for the integration course at {stelle}.",
    },
  ),
  schritt(
    "spr-kurs-teilnahme",
    "sprache",
    "Ich gehe ab {datum} an jedem Kurstag zum Deutschkurs {angebot}.",
    { h: "an jedem Kurstag", n: "Teilnahme-Liste vom Anbieter", tags: ["Integrationskurs"] },
    {
      ls: "Ich gehe zum Deutsch·kurs {angebot}. Ich gehe an jedem Kurs·tag hin. Der Kurs fängt am {datum} an.",
      en: "From {datum} I attend the German course {angebot} on every course day.",
    },
  ),
  schritt(
    "spr-berufssprachkurs",
    "sprache",
    "Ich beginne am {datum} den Deutschkurs für den Beruf ({niveau}) bei {stelle}.",
    {
      h: "ab {datum} an jedem Kurstag",
      n: "Bescheinigung vom Anbieter",
      tags: ["Berufssprachkurs", "BSK", "DeuFöV"],
    },
    {
      ls: "Ich lerne Deutsch für den Beruf. Der Kurs ist bei {stelle}. Er fängt am {datum} an.",
      en: "On {datum} I start the job-related German course ({niveau}) at {stelle}.",
    },
  ),
  schritt(
    "spr-ueben",
    "sprache",
    "Ich übe jede Woche {stunden} Stunden Deutsch, mit einer App oder im Sprachcafé.",
    { h: "{stunden} Stunden in der Woche", n: "kurze Auskunft beim nächsten Termin", tags: ["lernen"] },
    {
      ls: "Ich übe Deutsch. Ich übe jede Woche {stunden} Stunden.",
      en: "Every week I practise German for {stunden} hours, with an app or at a language café.",
    },
  ),
  schritt(
    "spr-pruefung-anmelden",
    "sprache",
    "Ich melde mich bis {datum} für die Prüfung Deutsch {niveau} an.",
    { h: "einmal bis {datum}", n: "Anmelde-Bestätigung", tags: ["Sprachprüfung", "DTZ", "Zertifikat"] },
    {
      ls: "Ich melde mich für die Deutsch·prüfung an. Ich mache das bis {datum}.",
      en: "By {datum} I register for the German exam {niveau}.",
    },
  ),
];
