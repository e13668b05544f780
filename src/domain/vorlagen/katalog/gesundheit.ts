import { schritt, ziel, type Vorlage } from "../vorlage";

/**
 * Templates for the area `gesundheit`. Health data are special-category data (Art. 9 DSGVO): the
 * texts never name a diagnosis, and proofs are appointments or attendance, never findings.
 */
export const GESUNDHEIT: readonly Vorlage[] = [
  ziel(
    "ges-ziel-stabil",
    "gesundheit",
    "Bis {datum} geht es mir gesundheitlich besser. Dann kann ich {stunden} Stunden am Tag arbeiten.",
    {
      ls: "Ich will gesund werden. Bis {datum} soll es mir besser gehen. Dann arbeite ich {stunden} Stunden am Tag.",
      en: "By {datum} my health is better. Then I can work {stunden} hours a day.",
    },
  ),
  schritt(
    "ges-hausarzt",
    "gesundheit",
    "Ich mache bis {datum} einen Termin in meiner Hausarztpraxis.",
    { h: "einmal bis {datum}", n: "Termin-Bestätigung, ohne Befund", tags: ["Arzt", "Ärztin"] },
    {
      ls: "Ich gehe zu meiner Haus·ärztin oder zu meinem Haus·arzt. Ich mache bis {datum} einen Termin.",
      en: "By {datum} I make an appointment at my GP practice.",
    },
  ),
  schritt(
    "ges-therapie",
    "gesundheit",
    "Ich gehe {anzahl}-mal im Monat zu meiner Therapie.",
    { h: "{anzahl}-mal im Monat", n: "kurze Auskunft beim nächsten Termin", tags: ["Behandlung"] },
    {
      ls: "Ich gehe zu meiner Therapie. Ich gehe {anzahl}-mal im Monat hin.",
      en: "I go to my therapy {anzahl} times a month.",
    },
  ),
  schritt(
    "ges-beratungsstelle",
    "gesundheit",
    "Ich gehe bis {datum} zur Beratung für meine Gesundheit bei {stelle}.",
    { h: "einmal bis {datum}", n: "Termin-Bestätigung", tags: ["Beratung"] },
    {
      ls: "Ich gehe zu einer Beratung für meine Gesundheit. Die Beratung ist bei {stelle}. Ich gehe bis {datum} hin.",
      en: "By {datum} I go to the counselling service {stelle}.",
    },
  ),
  schritt(
    "ges-reha-antreten",
    "gesundheit",
    "Ich beginne am {datum} die Reha in {stelle}.",
    {
      h: "ab {datum} bis zum Ende",
      n: "Bestätigung der Klinik über die Teilnahme",
      tags: ["Rehabilitation", "Kur"],
    },
    {
      ls: "Ich mache eine Reha in {stelle}. Die Reha fängt am {datum} an.",
      en: "On {datum} I start rehabilitation at {stelle}.",
    },
  ),
  schritt(
    "ges-bewegung",
    "gesundheit",
    "Ich mache {anzahl}-mal in der Woche beim Gesundheitssport {angebot} mit.",
    { h: "{anzahl}-mal in der Woche", n: "Teilnahme-Karte", tags: ["Sport", "Bewegung"] },
    {
      ls: "Ich mache Sport für meine Gesundheit. Ich gehe {anzahl}-mal in der Woche zu {angebot}.",
      en: "I take part in the health sports group {angebot} {anzahl} times a week.",
    },
  ),
];
