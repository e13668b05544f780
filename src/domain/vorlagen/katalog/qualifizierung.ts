import { schritt, ziel, type Vorlage } from "../vorlage";

/** Templates for the area `qualifizierung`: school, training, further training, recognition. */
export const QUALIFIZIERUNG: readonly Vorlage[] = [
  ziel("quali-ziel-ausbildung", "qualifizierung", "Ich beginne am {datum} eine Ausbildung als {beruf}.", {
    ls: "Ich mache eine Ausbildung. Ich lerne den Beruf {beruf}. Die Ausbildung fängt am {datum} an.",
    en: "On {datum} I start vocational training as {beruf}.",
  }),
  ziel(
    "quali-ziel-schulabschluss",
    "qualifizierung",
    "Ich mache bis {datum} meinen Schulabschluss bei {stelle}.",
    {
      ls: "Ich mache meinen Schul·abschluss. Ich lerne bei {stelle}. Ich bin bis {datum} fertig.",
      en: "By {datum} I complete my school-leaving certificate at {stelle}.",
    },
  ),
  schritt(
    "quali-weiterbildung-suchen",
    "qualifizierung",
    "Ich suche bis {datum} eine Weiterbildung als {beruf} aus.",
    {
      h: "einmal bis {datum}",
      n: "Angebot des Kurses zum nächsten Termin",
      tags: ["Umschulung", "Bildungsgutschein"],
    },
    {
      ls: "Ich suche einen Kurs für meinen Beruf aus. Ich will {beruf} lernen. Ich mache das bis {datum}.",
      en: "By {datum} I choose a further-training course as {beruf}.",
    },
  ),
  schritt(
    "quali-kurs-teilnahme",
    "qualifizierung",
    "Ich nehme ab {datum} an jedem Kurstag an der Weiterbildung {angebot} teil.",
    { h: "an jedem Kurstag", n: "Bescheinigung vom Anbieter", tags: ["Maßnahme", "Teilnahme"] },
    {
      ls: "Ich gehe zum Kurs {angebot}. Der Kurs fängt am {datum} an. Ich gehe an jedem Kurs·tag hin.",
      en: "From {datum} I attend the course {angebot} on every course day.",
    },
  ),
  schritt(
    "quali-anerkennung",
    "qualifizierung",
    "Ich beantrage bis {datum} bei {stelle} die Anerkennung meines Abschlusses.",
    { h: "einmal bis {datum}", n: "Kopie des Antrags", tags: ["Anerkennung", "ausländischer Abschluss"] },
    {
      ls: "Ich habe einen Beruf gelernt. Das soll in Deutschland gelten. Ich stelle bis {datum} einen Antrag bei {stelle}.",
      en: "By {datum} I apply to {stelle} for recognition of my qualification.",
    },
  ),
  schritt(
    "quali-zeugnisse-uebersetzen",
    "qualifizierung",
    "Ich gebe meine Zeugnisse für die Anerkennung bis {datum} zur Übersetzung bei {stelle} ab.",
    {
      h: "einmal bis {datum}",
      n: "Quittung oder Übersetzung",
      tags: ["Übersetzung", "Zeugnisse", "Anerkennung"],
    },
    {
      ls: "Meine Zeugnisse sollen auf Deutsch sein. Ich bringe sie bis {datum} zu {stelle}.",
      en: "By {datum} I hand in my certificates for translation at {stelle}.",
    },
  ),
  schritt(
    "quali-berufsberatung",
    "qualifizierung",
    "Ich gehe am {datum} zur Beratung für Ausbildung und Beruf bei {stelle}.",
    { h: "einmal am {datum}", n: "Termin-Bestätigung", tags: ["Beratung", "Beruf"] },
    {
      ls: "Am {datum} habe ich einen Termin bei {stelle}. Dort bekomme ich Rat für meinen Beruf.",
      en: "On {datum} I go to career counselling at {stelle}.",
    },
  ),
  schritt(
    "quali-fuehrerschein",
    "qualifizierung",
    "Ich melde mich bis {datum} bei {stelle} für den Führerschein an.",
    { h: "einmal bis {datum}", n: "Anmeldung der Fahrschule", tags: ["Fahrerlaubnis", "Staplerschein"] },
    {
      ls: "Ich brauche einen Führer·schein für die Arbeit. Ich melde mich bis {datum} bei {stelle} an.",
      en: "By {datum} I register at {stelle} for the driving licence.",
    },
  ),
];
