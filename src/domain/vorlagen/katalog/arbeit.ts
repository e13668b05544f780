import { schritt, ziel, type Vorlage } from "../vorlage";

/** Templates for the area `arbeit`: finding, keeping or extending paid work. */
export const ARBEIT: readonly Vorlage[] = [
  ziel(
    "arbeit-ziel-stelle",
    "arbeit",
    "Ich arbeite ab {datum} als {beruf}. Ich arbeite {stunden} Stunden in der Woche.",
    {
      ls: "Ich habe ab {datum} eine Arbeit. Ich arbeite als {beruf}. Ich arbeite {stunden} Stunden in der Woche.",
      en: "From {datum} I work as {beruf}. I work {stunden} hours a week.",
    },
  ),
  ziel(
    "arbeit-ziel-mehr-stunden",
    "arbeit",
    "Ich arbeite ab {datum} mehr. Ich arbeite dann {stunden} Stunden in der Woche.",
    {
      ls: "Ich arbeite ab {datum} mehr. Dann arbeite ich {stunden} Stunden in der Woche.",
      en: "From {datum} I work more. Then I work {stunden} hours a week.",
    },
  ),
  ziel("arbeit-ziel-selbststaendig", "arbeit", "Ich bin ab {datum} selbstständig als {beruf}.", {
    ls: "Ich will eine eigene Firma haben. Ab {datum} arbeite ich selbst·ständig als {beruf}.",
    en: "From {datum} I am self-employed as {beruf}.",
  }),
  schritt(
    "arbeit-bewerbungen",
    "arbeit",
    "Ich bewerbe mich jeden Monat auf {anzahl} Stellen als {beruf}.",
    {
      h: "{anzahl} Bewerbungen im Monat",
      n: "Liste der Bewerbungen zum nächsten Termin",
      tags: ["Eigenbemühungen"],
    },
    {
      ls: "Ich schreibe jeden Monat {anzahl} Bewerbungen. Ich will als {beruf} arbeiten.",
      en: "Every month I apply for {anzahl} jobs as {beruf}.",
    },
  ),
  schritt(
    "arbeit-stellenangebote",
    "arbeit",
    "Ich bewerbe mich innerhalb von 3 Tagen auf jedes Stellenangebot vom Jobcenter.",
    {
      h: "jedes Angebot innerhalb von 3 Tagen",
      n: "Antwort-Bogen zum Angebot",
      tags: ["Vermittlungsvorschlag"],
    },
    {
      ls: "Das Jobcenter schickt mir Angebote für Arbeit. Ich bewerbe mich auf jedes Angebot. Ich mache das in 3 Tagen.",
      en: "I apply within 3 days for every job offer from the jobcentre.",
    },
  ),
  schritt(
    "arbeit-lebenslauf",
    "arbeit",
    "Ich schreibe meinen Lebenslauf bis {datum} neu.",
    { h: "einmal bis {datum}", n: "Lebenslauf per E-Mail an das Jobcenter", tags: ["Bewerbungsunterlagen"] },
    {
      ls: "Ich schreibe meinen Lebens·lauf neu. Ich bin bis {datum} fertig.",
      en: "By {datum} I rewrite my CV.",
    },
  ),
  schritt(
    "arbeit-jobmesse",
    "arbeit",
    "Ich gehe am {datum} zur Jobmesse {angebot}. Ich spreche dort mit {anzahl} Firmen.",
    { h: "einmal am {datum}", n: "Namen der Firmen zum nächsten Termin" },
    {
      ls: "Am {datum} ist die Job·messe {angebot}. Ich gehe hin. Ich spreche mit {anzahl} Firmen.",
      en: "On {datum} I go to the job fair {angebot}. I talk to {anzahl} companies there.",
    },
  ),
  schritt(
    "arbeit-jobboerse",
    "arbeit",
    "Ich suche jede Woche in der Jobbörse nach Stellen als {beruf}.",
    {
      h: "jede Woche",
      n: "passende Angebote zum nächsten Termin mitbringen",
      tags: ["Stellensuche", "Internet"],
    },
    {
      ls: "Ich suche jede Woche im Internet nach Arbeit. Ich suche Arbeit als {beruf}.",
      en: "Every week I search the job board for jobs as {beruf}.",
    },
  ),
  schritt(
    "arbeit-firmen-fragen",
    "arbeit",
    "Ich frage bis {datum} bei {anzahl} Firmen direkt nach Arbeit.",
    {
      h: "{anzahl} Firmen bis {datum}",
      n: "Liste mit Firma, Datum und Antwort",
      tags: ["Initiativbewerbung"],
    },
    {
      ls: "Ich frage Firmen nach Arbeit. Ich frage {anzahl} Firmen. Ich mache das bis {datum}.",
      en: "By {datum} I ask {anzahl} companies directly for work.",
    },
  ),
  schritt(
    "arbeit-praktikum",
    "arbeit",
    "Ich mache ab {datum} ein Praktikum bei {stelle}.",
    { h: "ab {datum}, {stunden} Stunden in der Woche", n: "Bestätigung vom Betrieb", tags: ["Probearbeit"] },
    {
      ls: "Ich mache ein Praktikum bei {stelle}. Das Praktikum fängt am {datum} an.",
      en: "From {datum} I do an internship at {stelle}.",
    },
  ),
  schritt(
    "arbeit-mehr-stunden-fragen",
    "arbeit",
    "Ich frage meinen Arbeitgeber bis {datum} nach mehr Stunden.",
    {
      h: "einmal bis {datum}",
      n: "Antwort vom Arbeitgeber zum nächsten Termin",
      tags: ["Minijob", "Teilzeit"],
    },
    {
      ls: "Ich frage meinen Chef nach mehr Stunden. Ich frage bis {datum}.",
      en: "By {datum} I ask my employer for more hours.",
    },
  ),
];
