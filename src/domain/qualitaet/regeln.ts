import { type VollstaendigkeitsCode, type VollstaendigkeitsHinweis } from "./hinweis";

type Regel = Omit<VollstaendigkeitsHinweis, "code">;

/** Norm, text and example of every hint (one place, so wording stays consistent). */
export const REGELN: Record<VollstaendigkeitsCode, Regel> = {
  ziel_fehlt: {
    norm: "§ 15 Abs. 2 Satz 2 SGB II",
    rubrik: "berufsziel",
    text: "Tragen Sie ein Ziel ein. Was möchte die Person erreichen?",
    example: "Ich arbeite ab Juli als Lagerhelfer in Vollzeit.",
  },
  schritt_fehlt: {
    norm: "§ 15 Abs. 2 Satz 2 SGB II",
    rubrik: "schritte",
    text: "Tragen Sie mindestens einen nächsten Schritt ein. Was tut die Person als Nächstes?",
    example: "Ich schreibe bis zum 15.03. meinen Lebenslauf neu.",
  },
  eigenbemuehungen_ohne_nachweis: {
    norm: "§ 15 Abs. 2 Satz 2 Nr. 2 SGB II",
    rubrik: "schritte",
    text: "Schreiben Sie bei einem Schritt dazu, wie oft er nötig ist und wie die Person ihn zeigt.",
    example: "Ich bewerbe mich 4-mal im Monat. Ich bringe die Liste zum nächsten Termin mit.",
  },
  unterstuetzung_fehlt: {
    norm: "§ 15 Abs. 2 Satz 2 Nr. 1 SGB II",
    rubrik: "unterstuetzung",
    text: "Schreiben Sie auf, wie das Jobcenter hilft. Nennen Sie ein Angebot oder eine Leistung.",
    example: "Das Jobcenter zahlt bis zu 5 Bewerbungen im Monat.",
  },
  sprachkurs_pruefen: {
    norm: "§ 15 Abs. 2 Satz 2 Nr. 3 SGB II",
    rubrik: "schritte",
    text: "Die Potenzialanalyse zeigt: Deutsch ist noch schwer. Halten Sie fest, ob ein Sprachkurs geplant ist.",
    example: "Ich melde mich bis zum 30.04. für den Integrationskurs an.",
  },
  vermittlungsfelder_fehlen: {
    norm: "§ 15 Abs. 2 Satz 2 Nr. 5 SGB II",
    rubrik: "vermittlungsfelder",
    text: "Schreiben Sie auf, für welche Arbeit oder Ausbildung das Jobcenter Angebote schickt.",
    example: "Lager, Logistik, Verkauf",
  },
  reha_pruefen: {
    norm: "§ 15 Abs. 2 Satz 2 Nr. 6 SGB II",
    rubrik: "rehaBedarf",
    text: "Die Potenzialanalyse nennt eine gesundheitliche Einschränkung. Halten Sie fest, ob eine Reha geprüft wird.",
    example: "Das Jobcenter prüft bis zum 31.05., ob eine berufliche Reha möglich ist.",
  },
  ueberpruefung_fehlt: {
    norm: "§ 15 Abs. 3 Satz 2 SGB II",
    rubrik: "ueberpruefungAm",
    text: "Legen Sie fest, wann Sie den Plan gemeinsam prüfen. Das ist spätestens nach 6 Monaten.",
    example: "Wir sprechen am 15.09. über den Plan.",
  },
  ueberpruefung_zu_spaet: {
    norm: "§ 15 Abs. 3 Satz 2 SGB II",
    rubrik: "ueberpruefungAm",
    text: "Der Termin zum Prüfen ist mehr als 6 Monate entfernt. Wählen Sie einen früheren Termin.",
    example: "Wir sprechen spätestens in 6 Monaten über den Plan.",
  },
};

/** Builds the hint for a code. */
export function hinweis(code: VollstaendigkeitsCode): VollstaendigkeitsHinweis {
  return { code, ...REGELN[code] };
}
