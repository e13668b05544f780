import { type Area } from "./areas";
import { codeEntry, type Coding, type PlanEntry } from "./codeEntry";

type Frage = "wie oft" | "bis wann" | "mit wem" | "welches Angebot";

/** The most helpful missing detail per area, with an example in plain words. */
const HINTS: Readonly<Record<Area, readonly [Frage, string]>> = {
  arbeit: ["wie oft", "„5 Bewerbungen im Monat“ oder „bis 30.06. eine Stelle als Lagerhelfer“"],
  qualifizierung: [
    "bis wann",
    "„Anmeldung bis 15.03. beim Bildungsträger …“ oder „Kurs ab 01.04., 2 Tage pro Woche“",
  ],
  gesundheit: [
    "bis wann",
    "„bis 15.03. einen Termin bei der Hausärztin vereinbaren“ oder „1x pro Woche Physiotherapie“",
  ],
  erwerbsfaehigkeit: ["bis wann", "„Gesundheitsfragebogen bis 20.05. abgeben“"],
  sprache: ["wie oft", "„Integrationskurs ab 02.05. bei der Sprachschule …“ oder „3x pro Woche“"],
  familie_persoenliches: [
    "bis wann",
    "„bis Ende Februar bei 5 Kitas anrufen“ oder „Termin bei der Schuldnerberatung der Caritas am 12.03.“",
  ],
  beratung: ["wie oft", "„Beratungsgespräch alle 4 Wochen, nächster Termin am 12.03.“"],
  vermittlung: ["wie oft", "„jede Woche 3 passende Stellenangebote per Mail“"],
  foerderung: [
    "welches Angebot",
    "„Bildungsgutschein für die Weiterbildung … beim Träger …, ab 01.04.“ oder „Fahrtkosten bis 50 € im Monat“",
  ],
  vermittlung_an_dienste: ["mit wem", "„Termin bei der Schuldnerberatung der Caritas Neustadt am 20.02.“"],
  pruefung: ["bis wann", "„Auftrag an den Ärztlichen Dienst innerhalb von 2 Wochen“"],
};

const LEAD: Readonly<Record<Frage, string>> = {
  "wie oft": "Schreiben Sie dazu, wie oft oder wie viele",
  "bis wann": "Schreiben Sie dazu, bis wann",
  "mit wem": "Schreiben Sie dazu, mit wem oder bei welcher Stelle",
  "welches Angebot": "Schreiben Sie dazu, welches Angebot genau (mit Träger oder Betrag)",
};

/**
 * A concrete German hint for an entry that is not specific: what is missing (wie oft, bis wann,
 * mit wem bzw. welches Angebot), with an example in plain words. `null` when the entry is
 * already specific. Pass the coding if it is already known.
 */
export function hintForEntry(entry: PlanEntry, coding: Coding = codeEntry(entry)): string | null {
  if (coding.specific) return null;
  const [frage, beispiel] = HINTS[coding.area];
  return `${LEAD[frage]}: z. B. ${beispiel}.`;
}
