import { schritt, ziel, type Vorlage } from "../vorlage";

/** Templates for the area `erwerbsfaehigkeit`: formal assessment of capacity, rehabilitation applications. */
export const ERWERBSFAEHIGKEIT: readonly Vorlage[] = [
  ziel(
    "ef-ziel-klaeren",
    "erwerbsfaehigkeit",
    "Bis {datum} wissen wir, wie viele Stunden am Tag ich arbeiten kann.",
    {
      ls: "Wir wollen wissen: Wie viele Stunden kann ich arbeiten? Das wissen wir bis {datum}.",
      en: "By {datum} we know how many hours a day I can work.",
    },
  ),
  schritt(
    "ef-fragebogen",
    "erwerbsfaehigkeit",
    "Ich fülle den Fragebogen zur Gesundheit aus. Ich schicke ihn bis {datum} an das Jobcenter.",
    {
      h: "einmal bis {datum}",
      n: "Brief im geschlossenen Umschlag für den Ärztlichen Dienst",
      tags: ["Gesundheitsfragebogen"],
    },
    {
      ls: "Ich bekomme einen Frage·bogen zu meiner Gesundheit. Ich fülle ihn aus. Ich schicke ihn bis {datum} zurück.",
      en: "I fill in the health questionnaire. I send it to the jobcentre by {datum}.",
    },
  ),
  schritt(
    "ef-schweigepflicht",
    "erwerbsfaehigkeit",
    "Ich entscheide bis {datum}, ob meine Ärztin dem Jobcenter Auskunft geben darf.",
    {
      h: "einmal bis {datum}",
      n: "Formular zurück oder kurze Nachricht",
      tags: ["Schweigepflichtentbindung"],
    },
    {
      ls: "Meine Ärztin darf dem Jobcenter etwas sagen, wenn ich das will. Ich entscheide das bis {datum}.",
      en: "By {datum} I decide whether my doctor may give information to the jobcentre.",
    },
  ),
  schritt(
    "ef-aerztlicher-dienst",
    "erwerbsfaehigkeit",
    "Ich gehe am {datum} zum Termin beim Ärztlichen Dienst.",
    { h: "einmal am {datum}", n: "Einladung mit Stempel", tags: ["Gutachten", "ÄD"] },
    {
      ls: "Ich habe am {datum} einen Termin beim Arzt vom Jobcenter. Ich gehe hin.",
      en: "On {datum} I attend the appointment with the jobcentre's medical service.",
    },
  ),
  schritt(
    "ef-reha-antrag",
    "erwerbsfaehigkeit",
    "Ich stelle bis {datum} einen Antrag auf Reha bei {stelle}.",
    {
      h: "einmal bis {datum}",
      n: "Kopie des Antrags",
      tags: ["Reha-Antrag", "Rentenversicherung", "Teilhabe"],
    },
    {
      ls: "Ich will eine Reha. Dafür stelle ich einen Antrag bei {stelle}. Ich mache das bis {datum}.",
      en: "By {datum} I apply for rehabilitation at {stelle}.",
    },
  ),
  schritt(
    "ef-grad-behinderung",
    "erwerbsfaehigkeit",
    "Ich beantrage bis {datum} bei {stelle} einen Grad der Behinderung.",
    { h: "einmal bis {datum}", n: "Kopie des Antrags", tags: ["Schwerbehinderung", "GdB", "Gleichstellung"] },
    {
      ls: "Ich stelle einen Antrag bei {stelle}. Es geht um meine Behinderung. Ich mache das bis {datum}.",
      en: "By {datum} I apply to {stelle} for an assessed degree of disability.",
    },
  ),
];
