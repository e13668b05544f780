import { schritt, ziel, type Vorlage } from "../vorlage";

/** Templates for the area `erwerbsfaehigkeit`: formal assessment of capacity, rehabilitation applications. */
export const ERWERBSFAEHIGKEIT: readonly Vorlage[] = [
  ziel(
    "ef-ziel-klaeren",
    "erwerbsfaehigkeit",
    "Bis {datum} klärt der Ärztliche Dienst mit mir, wie viele Stunden ich arbeiten kann.",
    {
      ls: "Wie viele Stunden kann ich arbeiten? Das prüft ein Arzt vom Jobcenter. Bis {datum} wissen wir es.",
      en: "By {datum} the medical service and I clarify how many hours I can work.",
    },
  ),
  schritt(
    "ef-fragebogen",
    "erwerbsfaehigkeit",
    "Ich fülle den Fragebogen für den Ärztlichen Dienst aus. Ich schicke ihn bis {datum} zurück.",
    {
      h: "einmal bis {datum}",
      n: "Brief im geschlossenen Umschlag für den Ärztlichen Dienst",
      tags: ["Gesundheitsfragebogen"],
    },
    {
      ls: "Ich bekomme einen Frage·bogen zu meiner Gesundheit. Ich fülle ihn aus. Ich schicke ihn bis {datum} zurück.",
      en: "I fill in the questionnaire for the medical service. I send it back by {datum}.",
    },
  ),
  schritt(
    "ef-schweigepflicht",
    "erwerbsfaehigkeit",
    "Ich entscheide bis {datum}, ob meine Ärztin dem Ärztlichen Dienst Auskunft geben darf.",
    {
      h: "einmal bis {datum}",
      n: "Formular zurück oder kurze Nachricht",
      tags: ["Schweigepflichtentbindung"],
    },
    {
      ls: "Meine Ärztin darf dem Jobcenter etwas sagen, wenn ich das will. Ich entscheide das bis {datum}.",
      en: "By {datum} I decide whether my doctor may give information to the medical service.",
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
