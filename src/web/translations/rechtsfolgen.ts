import type { RechtsfolgenFehlerCode } from "../../domain/verbindlichkeit/fehlerCodes";

/** German error messages of letters, Schlichtung, events, hearings, decisions and rule corrections. */
export const rechtsfolgenFehler: Record<RechtsfolgenFehlerCode, string> = {
  "rechtsfolgen.erste_einladung_ohne_rfb":
    "Die erste Einladung zur Potenzialanalyse und zum Kooperationsplan darf keine Rechtsfolgenbelehrung haben (§ 15 Abs. 4 SGB II). Entfernen Sie das Häkchen bei „mit Rechtsfolgenbelehrung“.",
  "rechtsfolgen.termin_vor_brief": "Wählen Sie einen Termin am Tag des Schreibens oder danach.",
  "rechtsfolgen.schlichtung_neues_recht":
    "Ein Schlichtungsverfahren gibt es nur bis 30.06.2026 (§ 15a SGB II a. F.). Ab 01.07.2026 ist es abgeschafft.",
  "rechtsfolgen.schlichtung_laeuft_bereits": "Für diese Zeit gibt es schon ein Schlichtungsverfahren.",
  "rechtsfolgen.schlichtung_beendet": "Das Schlichtungsverfahren ist bereits beendet.",
  "rechtsfolgen.schlichtung_ende_ausserhalb":
    "Wählen Sie ein Ende zwischen Beginn und spätestem Ende (vier Wochen nach Beginn, § 15a Abs. 4 SGB II a. F.).",
  "rechtsfolgen.schlichtung_laeuft":
    "Während des Schlichtungsverfahrens darf keine Minderung nach § 31 SGB II festgestellt werden (§ 15a Abs. 3 SGB II a. F.).",
  "rechtsfolgen.datum_in_zukunft": "Das Datum darf nicht in der Zukunft liegen.",
  "rechtsfolgen.ereignis_vor_frist":
    "Der Tag des Ereignisses liegt vor Ablauf der Frist aus dem Schreiben. Vorher kann die Person die Pflicht noch erfüllen. Wählen Sie den Tag nach Ablauf der Frist oder kreuzen Sie an, dass die Person schon vorher ernsthaft und endgültig erklärt hat, die Pflicht nicht zu erfüllen.",
  "rechtsfolgen.weigerung_nur_pflichtverletzung":
    "Eine vorab erklärte Weigerung gibt es nur bei einer Pflichtverletzung (§ 31 SGB II). Ein Meldeversäumnis oder eine nicht aufgenommene Arbeit tritt erst am Tag selbst ein.",
  "rechtsfolgen.anhoerung_vor_ereignis":
    "Wählen Sie ein Datum der Anhörung am Tag des Ereignisses oder danach.",
  "rechtsfolgen.anhoerung_persoenlich":
    "Die Anhörung muss persönlich stattfinden: Die Person hat es verlangt oder es gab in den letzten zwölf Monaten schon ein Ereignis (§ 31a Abs. 2 SGB II).",
  "rechtsfolgen.anhoerung_fehlt":
    "Hören Sie die Person zuerst an (§ 24 SGB X). Tragen Sie dann die Anhörung ein.",
  "rechtsfolgen.feststellung_vor_ereignis":
    "Wählen Sie ein Datum der Feststellung am Tag des Ereignisses oder danach.",
  "rechtsfolgen.begruendung_fehlt": "Geben Sie eine Begründung ein, warum Sie keine Minderung feststellen.",
  "rechtsfolgen.keine_minderung":
    "Nach den Regeln ist keine Minderung festzustellen. Lesen Sie die Gründe im Vorschlag und wählen Sie „Nicht feststellen“.",
  "rechtsfolgen.bereits_entschieden": "Über dieses Ereignis wurde bereits entschieden.",
  "rechtsfolgen.plan_nicht_vereinbart":
    "Ein Schreiben geht nur aus einem Schritt des gültigen, vereinbarten Plans.",
  "rechtsfolgen.brief_vor_plan":
    "Wählen Sie ein Datum des Schreibens am Tag der Vereinbarung des Plans oder danach.",
  "rechtsfolgen.falsches_recht":
    "An diesem Datum gilt ein anderes Recht: bis 30.06.2026 Aufforderung mit Rechtsfolgenbelehrung, ab 01.07.2026 Verpflichtung durch Bescheid.",
  "rechtsfolgen.frist_vor_brief": "Wählen Sie eine Frist am Tag des Schreibens oder danach.",
  "rechtsfolgen.brief_versandt": "Das Schreiben ist bereits versandt und kann nicht mehr geändert werden.",
  "rechtsfolgen.versand_vor_brief": "Wählen Sie ein Versanddatum am Tag des Schreibens oder danach.",
  "rechtsfolgen.regel_ungueltig": "Die Korrektur ist nicht gültig. Prüfen Sie den Wert.",
};

/** UI texts of issue 4: letters, Schlichtung, events, hearings, proposal, decision, timeline, rules. */
export const rechtsfolgen = {
  titel: "Verbindlichkeit und Rechtsfolgen",
  zurPerson: "Zurück zur Person",
  rechtsstand: { "2023-07": "Bürgergeld (bis 30.06.2026)", "2026-07": "Grundsicherungsgeld (ab 01.07.2026)" },
  briefArt: {
    aufforderung: "Aufforderung mit Rechtsfolgenbelehrung",
    verpflichtung: "Verpflichtung durch Bescheid",
    einladung: "Einladung zum Gespräch",
  },
  briefStatus: { entwurf: "Entwurf", versandt: "Versandt" },
  schritte: {
    titel: "Schritte verbindlich machen",
    hilfe:
      "Der Plan selbst ist nicht verbindlich. Ein Schritt wird erst durch ein eigenes Schreiben verbindlich. Sie bereiten es vor, eine Person entscheidet und versendet es.",
    aufforderung: "Aufforderung vorbereiten",
    verpflichtung: "Verpflichtung vorbereiten",
    nacherfassen: "Aufforderung nacherfassen (Schreiben vor dem 01.07.2026)",
    zuSchritt: (n: number) => `zu Schritt ${n}`,
  },
  vorbereiten: {
    titel: (art: string) => `${art} vorbereiten`,
    schritt: "Schritt aus dem Plan",
    datum: "Datum des Schreibens",
    datumHilfe:
      "Das Datum bestimmt das Recht: bis 30.06.2026 Aufforderung mit Rechtsfolgenbelehrung (§ 15 Abs. 5 SGB II a. F.), ab 01.07.2026 Verpflichtung durch Bescheid (§ 15a SGB II n. F.).",
    frist: "Frist für den Schritt",
    nachweis: "Nachweis",
    nachweisHilfe: "Leer lassen, um den Nachweis aus dem Plan zu übernehmen.",
    absenden: "Entwurf des Schreibens anlegen",
  },
  brief: {
    titel: (art: string) => art,
    vorschau: "Vorschau des Schreibens",
    pdf: "Schreiben als PDF herunterladen",
    versandtAm: "Versandt am",
    versenden: "Als versandt markieren",
    versandtHinweis: (datum: string) =>
      `Versandt am ${datum}. Das Schreiben kann nicht mehr geändert werden.`,
    entwurfHinweis: "Entwurf: Prüfen Sie das Schreiben. Erst nach dem Versand gilt es.",
    datum: "Datum",
    schritt: "Schritt",
    frist: "Frist",
    nachweis: "Nachweis",
    termin: "Termin",
    ort: "Ort",
    rechtsfolgen: "Rechtsfolgenbelehrung",
    rechtsbehelf: "Rechtsbehelfsbelehrung",
    plan: (n: number, datum: string) => `Kooperationsplan, Version ${n}, vereinbart am ${datum}`,
    ohneRfb: "Ohne Rechtsfolgenbelehrung",
  },
  einladung: {
    titel: "Einladung zum Gespräch (Potenzialanalyse und Kooperationsplan)",
    datum: "Datum des Schreibens",
    terminAm: "Tag des Termins",
    terminOrt: "Ort des Termins",
    erste: "Erste Einladung zu diesem Gespräch",
    mitRfb: "Mit Rechtsfolgenbelehrung",
    mitRfbHilfe:
      "Bis 30.06.2026 darf die erste Einladung keine Rechtsfolgenbelehrung haben (§ 15 Abs. 4 SGB II).",
    absenden: "Einladung anlegen",
  },
  schlichtung: {
    titel: "Schlichtungsverfahren (§ 15a SGB II a. F.)",
    hilfe:
      "Nur bis 30.06.2026. Es endet mit einer Einigung, spätestens vier Wochen nach Beginn. Solange es läuft, wird keine Minderung nach § 31 SGB II festgestellt.",
    nichtMehr:
      "Seit 01.07.2026 gibt es kein Schlichtungsverfahren mehr. Sie können nur Verfahren aus der Zeit davor nachtragen.",
    beantragtVon: "Beantragt von",
    von: { person: "der Person", jobcenter: "dem Jobcenter" },
    schlichterName: "Name der Schlichterin oder des Schlichters",
    beginn: "Beginn",
    starten: "Schlichtung eintragen",
    status: { laeuft: "läuft", beendet: "beendet", abgelaufen: "nach vier Wochen beendet" },
    beendigung: {
      einigung: "mit Einigung",
      ohne_einigung: "ohne Einigung",
      fristablauf: "nach vier Wochen (Fristablauf)",
    },
    zeitraum: (beginn: string, ende: string) => `${beginn} bis spätestens ${ende}`,
    ende: "Ende",
    einigung: "Ergebnis",
    einigungJa: "Einigung erreicht",
    einigungNein: "Keine Einigung",
    ergebnis: "Ergebnis in Worten",
    beenden: "Schlichtung beenden",
    ablaufEintragen: "Ende nach vier Wochen eintragen",
  },
  ereignis: {
    titel: "Ereignis erfassen",
    art: "Art",
    arten: {
      pflichtverletzung: "Pflichtverletzung (§ 31 SGB II)",
      meldeversaeumnis: "Meldeversäumnis (§ 32 SGB II)",
      arbeitsverweigerung: "Arbeit nicht aufgenommen (§ 31a Abs. 7 SGB II)",
    },
    datum: "Tag des Ereignisses",
    brief: "Zugehöriges Schreiben",
    keinBrief: "– kein Schreiben –",
    rfb: "Die Person hatte eine schriftliche Rechtsfolgenbelehrung oder kannte die Folgen",
    wichtigerGrund: "Wichtiger Grund dargelegt und nachgewiesen",
    haerte: "Minderung wäre eine außergewöhnliche Härte",
    erfuelltAm: "Pflicht erfüllt am",
    weigerung:
      "Die Person hat vor Ablauf der Frist ernsthaft und endgültig erklärt, die Pflicht nicht zu erfüllen",
    weigerungHilfe:
      "Nur bei einer Pflichtverletzung. Tragen Sie als Tag des Ereignisses den Tag der Erklärung ein.",
    weigerungAm: (datum: string) =>
      `Am ${datum} hat die Person vor Ablauf der Frist ernsthaft und endgültig erklärt, die Pflicht nicht zu erfüllen (§ 31 Abs. 1 Satz 1 Nr. 1 SGB II: „weigert sich“).`,
    bezeichnung: (art: string, weigerung: boolean) => (weigerung ? `${art}: Weigerung erklärt` : art),
    beschreibung: "Was ist passiert?",
    speichern: "Ereignis speichern",
    oeffnen: "Vorschlag und Entscheidung",
  },
  anhoerung: {
    titel: "Anhörung (§ 24 SGB X)",
    am: "Tag der Anhörung",
    form: "Form",
    formen: { persoenlich: "persönlich", schriftlich: "schriftlich", telefonisch: "telefonisch" },
    persoenlichVerlangt: "Die Person hat eine persönliche Anhörung verlangt",
    persoenlichPflicht:
      "Die Anhörung muss persönlich sein: Es gab in den letzten zwölf Monaten schon ein Ereignis (§ 31a Abs. 2 SGB II).",
    wichtigerGrund: "Wichtiger Grund dargelegt und nachgewiesen",
    haerte: "Minderung wäre eine außergewöhnliche Härte",
    ergebnis: "Ergebnis der Anhörung",
    speichern: "Anhörung speichern",
    keine: "Noch keine Anhörung.",
  },
  vorschlag: {
    titel: "Berechneter Vorschlag",
    hilfe:
      "Das System rechnet, eine Person entscheidet. Neben jeder Folge stehen die Norm und das Kennzeichen der Regel.",
    feststellung: "Tag der Feststellung",
    neuBerechnen: "Neu berechnen",
    minderungJa: (p: number, m: number) =>
      `Minderung um ${p} % des Regelbedarfs für ${m} ${m === 1 ? "Monat" : "Monate"}`,
    minderungNein: "Keine Minderung",
    zeitraum: (von: string, bis: string) => `von ${von} bis ${bis}`,
    gruende: "Gründe",
    norm: "Norm",
    kennzeichen: "Kennzeichen",
    tags: { V: "V – am Gesetzestext geprüft", S: "S – Sekundärquelle", U: "U – ungesichert" },
    verlauf: "Verlauf je Monat",
    monat: "Monat",
    prozent: "Minderung",
    gesamt: "Zusammen mit laufenden Minderungen",
    fristen: "Fristen",
    fristArt: {
      feststellung_spaetestens: "Feststellung spätestens am",
      beratungsangebot_u25: "Beratungsangebot (unter 25) bis",
    },
    kdu: "Kosten der Unterkunft werden nie gemindert.",
  },
  entscheidung: {
    titel: "Entscheidung",
    entscheidung: "Ihre Entscheidung",
    festgestellt: "Minderung feststellen",
    nichtFestgestellt: "Nicht feststellen",
    feststellungAm: "Tag der Feststellung",
    begruendung: "Begründung",
    begruendungHilfe: "Pflicht, wenn Sie nicht feststellen.",
    speichern: "Entscheidung speichern",
    ergebnis: { festgestellt: "Festgestellt", nicht_festgestellt: "Nicht festgestellt" },
    am: (datum: string) => `am ${datum}`,
    u25: "Beratungsangebot gemacht am",
    u25Speichern: "Beratungsangebot eintragen",
  },
  zeitleiste: {
    titel: "Zeitleiste",
    spalten: { datum: "Datum", art: "Art", eintrag: "Eintrag" },
    leer: "Noch keine Einträge.",
    erinnerungen: "Fristen, die bald ablaufen",
    oeffnen: "Verbindlichkeit und Rechtsfolgen öffnen",
    typ: {
      plan_version: "Plan",
      brief: "Schreiben",
      schlichtung: "Schlichtung",
      ereignis: "Ereignis",
      anhoerung: "Anhörung",
      entscheidung: "Entscheidung",
      frist: "Frist",
    },
    planVersion: (n: number) => `Version ${n} vereinbart`,
    fristArt: {
      schlichtung_ende: "Ende des Schlichtungsverfahrens",
      feststellung_spaetestens: "Letzter Tag für die Feststellung",
      beratungsangebot_u25: "Beratungsangebot für unter 25-Jährige",
    },
    lage: { offen: "offen", bald: "bald fällig", heute: "heute fällig", ueberschritten: "abgelaufen" },
  },
  regeln: {
    titel: "Regeln korrigieren",
    hilfe:
      "Regeln mit Kennzeichen S (Sekundärquelle) oder U (ungesichert) können Sie ohne Programmänderung korrigieren, falls der Gesetzestext anders lautet. Jede Änderung wird protokolliert. Regeln mit V sind am Gesetzestext geprüft und nicht änderbar.",
    parameter: "Regel",
    norm: "Norm",
    kennzeichen: "Kennzeichen",
    standard: "Standard",
    wert: "Wert",
    neuerWert: "Neuer Wert",
    neuerWertHilfe:
      "Zahl, true/false oder Liste wie [10, 20, 30]. Leer lassen setzt den Standard wieder ein.",
    grund: "Grund der Korrektur",
    speichern: "Korrektur speichern",
    gespeichert: "Die Korrektur ist gespeichert und protokolliert.",
    korrigiert: (datum: string, grund: string) => `Korrigiert am ${datum}: ${grund}`,
    nurTeamleitung: "Nur die Teamleitung kann Regeln korrigieren.",
    wertUngueltig: "Geben Sie eine Zahl, true, false oder eine Liste wie [10, 20, 30] ein.",
  },
} as const;
