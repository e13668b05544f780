import type { FortschreibungFehlerCode } from "../../domain/kooperationsplan/fortschreibungFehler";

/** German texts of deadlines at agreement, the light review (Fortschreibung) and discarding a draft. */
export const fortschreibung = {
  fristen: {
    titel: "Abgelaufene Fristen",
    hinweis:
      "Diese Fristen liegen vor dem Tag der Abstimmung. Verlängern Sie jede Frist oder markieren Sie den Schritt als erledigt. Erst dann kann der Plan vereinbart werden.",
    abgelaufen: (datum: string) => `Frist abgelaufen am ${datum}.`,
    verlaengern: (datum: string) => `Frist verlängern bis ${datum}`,
    erledigt: "Als erledigt markieren",
    alle: "Alle Fristen um 6 Monate verlängern",
    schritt: (n: number) => `Schritt ${n}`,
  },
  ueberpruefung: {
    link: "Überprüfen",
    linkFuer: (name: string) => `Plan von ${name} überprüfen`,
    titel: (name: string) => `Plan überprüfen: ${name}`,
    hinweis:
      "Nach § 15 Abs. 3 Satz 2 SGB II überprüfen Sie den Plan gemeinsam mit der Person und schreiben ihn fort, spätestens alle sechs Monate. Das gilt auch, wenn sich nichts ändert: Die Person erhält den Plan dann erneut in Textform.",
    version: (n: number, am: string, bis: string) =>
      `Vereinbarte Version ${n} vom ${am}, Überprüfung spätestens am ${bis}.`,
    erledigt: "Im Portal als erledigt gemeldet.",
    problem: (grund: string) => `Im Portal gemeldet: Das klappt nicht. ${grund}`,
    keineMeldung: "Keine Meldung im Portal.",
    bewerbungen: (n: number, seit: string, vereinbart: string) =>
      `${n} ${n === 1 ? "Bewerbung" : "Bewerbungen"} im Portal erfasst seit ${seit} (vereinbart: ${vereinbart}).`,
    fristOffen: (datum: string) => `Frist: ${datum}.`,
    neueFrist: (schritt: string) => `Neue Frist für ${schritt}`,
    neueFristHilfe: "Vorgeschlagen: sechs Monate später. Sie können ein anderes Datum wählen.",
    vorschlaege: (n: number) =>
      n === 0
        ? "Keine Vorschläge der Person warten."
        : `${n} ${n === 1 ? "Vorschlag" : "Vorschläge"} der Person ${n === 1 ? "wartet" : "warten"} auf Ihre Entscheidung.`,
    vorschlaegeLink: "Vorschläge im Portal ansehen",
    abschluss: "Gemeinsam fortschreiben",
    abschlussHilfe:
      "„Unverändert fortschreiben“ vereinbart heute alle Einträge erneut, mit den neuen Fristen oben, und öffnet die Übergabe mit dem PDF.",
    unveraendert: "Unverändert fortschreiben",
    aendernTitel: "Etwas hat sich geändert?",
    aendernHilfe: "Öffnet die neue Version im Editor; danach folgen Vorschau, Abstimmen und Übergabe.",
    aendern: "Ändern",
    entwurfBegonnen: (n: number) =>
      `Eine Fortschreibung ist schon begonnen (Version ${n}, Entwurf). Bearbeiten Sie den Entwurf weiter oder verwerfen Sie ihn.`,
    entwurfWeiter: "Entwurf weiter bearbeiten",
    eintrag: {
      zwischenziele: (n: number) => `Zwischenziel ${n}`,
      schritte: (n: number) => `Schritt ${n}`,
      unterstuetzung: (n: number) => `Unterstützung ${n}`,
      andereStellen: (n: number) => `Andere Stelle ${n}`,
    },
    wahlFrage: (eintrag: string) => `Was geschieht mit ${eintrag}?`,
    wahl: {
      behalten: "Beibehalten",
      aendern: "Text ändern",
      frist: "Frist verlängern",
      erledigt: "Erledigt, entfällt im nächsten Plan",
      entfernen: "Entfernen",
    },
    text: (eintrag: string) => `Text von ${eintrag}`,
    textHilfe: "Wenn Sie den Text hier ändern, gilt das als „Text ändern“.",
    fristFuer: (eintrag: string) => `Frist für ${eintrag}`,
    fristHilfe: "Gilt, wenn Sie „Frist verlängern“ wählen. Vorgeschlagen: sechs Monate später.",
    mitAenderungenTitel: "Mit Änderungen fortschreiben",
    mitAenderungenHilfe:
      "„Weiter zur Vorschau“ legt die neue Version mit Ihrer Auswahl als Entwurf an. In der Vorschau stimmen Sie den Plan ab und übergeben ihn.",
    weiterZurVorschau: "Weiter zur Vorschau",
    geaendert:
      "Die neue Version ist als Entwurf angelegt. Prüfen Sie die Vorschau und stimmen Sie den Plan ab.",
    naechste: "Nächste Überprüfung",
  },
  faellig: {
    titel: "Fällige Überprüfungen",
    hinweis:
      "Ihre Pläne, deren Überprüfung in den nächsten 14 Tagen fällig ist, überfällige zuerst. Überprüfen Sie einen nach dem anderen.",
    leer: "In den nächsten 14 Tagen ist keine Überprüfung fällig.",
    spalteName: "Person",
    spalteDatum: "Überprüfung spätestens am",
    spalteStand: "Stand",
    ueberfaellig: "Überfällig",
    faellig: "Fällig",
    entwurf: "Entwurf begonnen",
    beginnen: "Mit der ersten beginnen",
    navigation: "Fällige Überprüfungen",
  },
  verwerfen: {
    link: "Entwurf verwerfen",
    titel: "Entwurf verwerfen",
    frage: (n: number) =>
      `Möchten Sie den Entwurf der Version ${n} verwerfen? Seine Änderungen gehen verloren. Die vereinbarte Version bleibt gültig.`,
    bestaetigen: "Ja, Entwurf verwerfen",
    abbrechen: "Abbrechen",
  },
} as const;

export const fortschreibungFehler: Record<FortschreibungFehlerCode, string> = {
  "plan.frist_abgelaufen":
    "Eine Frist liegt vor dem Tag der Abstimmung. Verlängern Sie die Frist oder markieren Sie den Schritt als erledigt.",
  "plan.nicht_unveraendert":
    "Sie haben Änderungen gewählt. Wählen Sie „Weiter zur Vorschau“, damit die Person die Änderungen sieht.",
  "plan.erster_entwurf":
    "Der erste Entwurf eines Plans kann nicht verworfen werden. Bearbeiten Sie den Entwurf.",
};
