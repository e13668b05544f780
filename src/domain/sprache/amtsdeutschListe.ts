/**
 * An Amtsdeutsch term and a plainer way to say it.
 * `muster` is a lower-case regular-expression source. `form`: "wort" = the whole word only,
 * "anfang" = the word starts with it (inflected forms: "zeitnahe"), "teil" = anywhere in a word
 * (compounds: "Eingliederungsziel"), "phrase" = several words (spaces as in the text).
 */
export interface AmtsdeutschEintrag {
  muster: string;
  form: "wort" | "anfang" | "teil" | "phrase";
  ersatz: string;
}

const e = (muster: string, form: AmtsdeutschEintrag["form"], ersatz: string): AmtsdeutschEintrag => ({
  muster,
  form,
  ersatz,
});

/** The dictionary; order matters only for overlapping phrases (longer first). */
export const AMTSDEUTSCH: readonly AmtsdeutschEintrag[] = [
  e("eingliederung", "teil", "Weg in Arbeit"),
  e("arbeitsmarktintegration", "teil", "Weg in Arbeit"),
  e("eigenbemühung", "teil", "was Sie selbst tun"),
  e("leistungsberechtigt", "teil", "Sie"),
  e("leistungsbezieh", "teil", "Sie"),
  e("maßnahme", "teil", "Kurs oder Angebot (mit Namen)"),
  e("mitwirkungspflicht", "teil", "was Sie tun müssen"),
  e("mitwirkung", "anfang", "Mithilfe: was Sie tun"),
  e("obliegenheit", "teil", "Aufgabe"),
  e("rechtsfolgenbelehrung", "teil", "Hinweis, was passiert, wenn …"),
  e("leistungsminderung", "teil", "weniger Geld"),
  e("bedarfsgemeinschaft", "teil", "alle in Ihrem Haushalt, die Geld vom Jobcenter bekommen"),
  e("hilfebedürftig", "teil", "Sie brauchen Geld vom Jobcenter"),
  e("leistungsbezug", "teil", "solange Sie Bürgergeld bekommen"),
  e("integrationsfachkraft", "teil", "Ihre Ansprechperson"),
  e("vermittlungshemmnis", "teil", "was den Weg in Arbeit schwer macht"),
  e("zumutbar", "teil", "passend für Sie"),
  e("erwerbstätigkeit", "teil", "Arbeit"),
  e("sozialversicherungspflichtig", "teil", "feste Arbeit mit Kranken- und Rentenversicherung"),
  e("beschäftigungsverhältnis", "teil", "Arbeitsstelle"),
  e("arbeitsaufnahme", "teil", "Arbeit beginnen"),
  e("aufnahme einer", "phrase", "… beginnen"),
  e("leistungsvermögen", "teil", "wie viel Sie arbeiten können"),
  e("antragstellung", "teil", "Antrag"),
  e("inanspruchnahme", "teil", "Nutzung"),
  e("kostenübernahme", "teil", "Das Jobcenter bezahlt …"),
  e("erstattung", "teil", "Sie bekommen das Geld zurück"),
  e("bewilligung", "teil", "Zusage"),
  e("nachweisführung", "teil", "Belege"),
  e("aushändigung", "teil", "Übergabe"),
  e("vorsprache", "teil", "Termin"),
  e("ortsabwesenheit", "teil", "wenn Sie verreisen"),
  e("erreichbarkeit", "teil", "dass man Sie erreicht"),
  e("nichtteilnahme", "teil", "wenn Sie nicht teilnehmen"),
  e("maßnahmeträger", "teil", "Anbieter"),
  e("verpflicht", "anfang", "Ich mache … (der Plan ist eine Absprache)"),
  e("unverzüglich", "anfang", "sofort"),
  e("umgehend", "anfang", "sofort"),
  e("zeitnah", "anfang", "bald (bis …, mit Datum)"),
  e("fristgerecht", "anfang", "rechtzeitig (bis …, mit Datum)"),
  e("fristgemäß", "anfang", "rechtzeitig (bis …, mit Datum)"),
  e("gemäß", "wort", "nach"),
  e("seitens", "wort", "von"),
  e("zwecks", "wort", "für, um … zu"),
  e("bezüglich", "wort", "zu, über"),
  e("bzgl", "wort", "zu, über"),
  e("hinsichtlich", "wort", "zu, über"),
  e("diesbezüglich", "anfang", "dazu"),
  e("aufgrund", "wort", "wegen"),
  e("mittels", "wort", "mit"),
  e("vorbehaltlich", "wort", "wenn …"),
  e("nachweislich", "anfang", "mit Beleg"),
  e("beizubringen", "wort", "mitbringen oder schicken"),
  e("im rahmen (?:der|des|von|eines|einer)", "phrase", "bei, in"),
  e("in anspruch", "phrase", "nutzen"),
  e("zur kenntnis", "phrase", "lesen, wissen"),
  e("in kenntnis (?:setzen|gesetzt|setzt)", "phrase", "Bescheid sagen"),
  e("sorge (?:tragen|trägt|getragen)", "phrase", "sorgen"),
  e("folge (?:leisten|leistet|geleistet)", "phrase", "folgen, machen"),
  e("anwendung (?:finden|findet)", "phrase", "gelten"),
  e("zur verfügung (?:stellen|gestellt|stellt)", "phrase", "geben"),
];
