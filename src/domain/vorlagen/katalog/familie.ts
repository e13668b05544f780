import { schritt, ziel, type Vorlage } from "../vorlage";

/** Templates for the area `familie_persoenliches`: childcare, care, housing, debts, documents. */
export const FAMILIE: readonly Vorlage[] = [
  ziel(
    "fam-ziel-kita",
    "familie_persoenliches",
    "Mein Kind hat ab {datum} einen Platz in der Kita. Dann kann ich arbeiten.",
    {
      ls: "Mein Kind geht ab {datum} in die Kita. Dann habe ich Zeit für Arbeit.",
      en: "From {datum} my child has a place in day care. Then I can work.",
    },
  ),
  schritt(
    "fam-kita-suchen",
    "familie_persoenliches",
    "Ich frage bis {datum} bei {anzahl} Kitas nach einem Platz.",
    {
      h: "{anzahl} Kitas bis {datum}",
      n: "Liste mit Kita und Antwort",
      tags: ["Kinderbetreuung", "Kindergarten"],
    },
    {
      ls: "Ich suche einen Kita-Platz für mein Kind. Ich frage {anzahl} Kitas. Ich mache das bis {datum}.",
      en: "By {datum} I ask {anzahl} day-care centres for a place.",
    },
  ),
  schritt(
    "fam-kita-gutschein",
    "familie_persoenliches",
    "Ich beantrage bis {datum} den Kita-Gutschein beim Jugendamt.",
    { h: "einmal bis {datum}", n: "Kopie des Antrags", tags: ["Kinderbetreuung", "Betreuungsplatz"] },
    {
      ls: "Ich brauche ein Papier für die Kita. Ich frage bis {datum} beim Jugend·amt danach.",
      en: "By {datum} I apply to the youth welfare office for the day-care voucher.",
    },
  ),
  schritt(
    "fam-schuldnerberatung",
    "familie_persoenliches",
    "Ich mache bis {datum} einen Termin bei der Schuldnerberatung {stelle}.",
    { h: "einmal bis {datum}", n: "Termin-Bestätigung", tags: ["Schulden"] },
    {
      ls: "Ich habe Schulden. Ich suche Hilfe bei {stelle}. Ich mache bis {datum} einen Termin.",
      en: "By {datum} I make an appointment with the debt counselling service {stelle}.",
    },
  ),
  schritt(
    "fam-wohnung",
    "familie_persoenliches",
    "Ich suche jede Woche eine Wohnung. Ich frage bei {anzahl} Vermietern an.",
    { h: "{anzahl} Anfragen in der Woche", n: "Liste der Anfragen", tags: ["Wohnungssuche"] },
    {
      ls: "Ich suche eine Wohnung. Ich frage jede Woche {anzahl} Vermieter.",
      en: "Every week I look for a flat. I contact {anzahl} landlords.",
    },
  ),
  schritt(
    "fam-ausweis",
    "familie_persoenliches",
    "Ich beantrage bis {datum} einen neuen Ausweis beim Bürgeramt.",
    { h: "einmal bis {datum}", n: "Abhol-Schein oder Kopie", tags: ["Personalausweis", "Pass", "Dokumente"] },
    {
      ls: "Ich brauche einen neuen Ausweis. Ich gehe bis {datum} zum Bürger·amt.",
      en: "By {datum} I apply for a new ID card at the citizens' office.",
    },
  ),
  schritt(
    "fam-pflege",
    "familie_persoenliches",
    "Ich kläre bis {datum} mit {stelle}, wer mir bei der Pflege zu Hause hilft.",
    {
      h: "einmal bis {datum}",
      n: "kurze Auskunft beim nächsten Termin",
      tags: ["Pflege", "Angehörige", "Pflegestützpunkt"],
    },
    {
      ls: "Ich pflege einen Menschen in meiner Familie. Ich frage bis {datum} bei {stelle} nach Hilfe.",
      en: "By {datum} I clarify with {stelle} who helps me with the care at home.",
    },
  ),
  schritt(
    "fam-tagesstruktur",
    "familie_persoenliches",
    "Ich gehe {anzahl}-mal in der Woche zum Treffpunkt {angebot}. So hat mein Tag eine feste Struktur.",
    { h: "{anzahl}-mal in der Woche", n: "Teilnahme-Karte", tags: ["Tagesstruktur"] },
    {
      ls: "Ich gehe zum Treff·punkt {angebot}. Ich gehe {anzahl}-mal in der Woche hin.",
      en: "I go to the meeting place {angebot} {anzahl} times a week. This gives my day a fixed structure.",
    },
  ),
];
