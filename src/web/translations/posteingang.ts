import type { EingangArt } from "../../domain/posteingang/posteingang";

const mehrzahl = (n: number, eins: string, viele: (n: number) => string) => (n === 1 ? eins : viele(n));

/** Texts of the counsellor's inbox (Posteingang) and the team lead's view of it. */
export const posteingang = {
  titel: "Posteingang",
  navigation: (n?: number) => (n === undefined ? "Posteingang" : `Posteingang (${n})`),
  einleitung:
    "Hier steht, was Sie erledigen müssen: Neues aus dem Portal, fällige Fristen und Überprüfungen, Briefe zum Versand und endende Schlichtungen. Überfälliges steht oben.",
  teamEinleitung:
    "Offene Einträge Ihres Teams je Integrationsfachkraft, mit dem Alter des ältesten Eintrags. Diese Ansicht ist nur zum Lesen.",
  anzahl: (n: number) => mehrzahl(n, "1 offener Eintrag", (k) => `${k} offene Einträge`),
  leer: "Nichts offen. Neue Meldungen aus dem Portal und fällige Fristen erscheinen hier.",
  spalten: { eintrag: "Eintrag", person: "Person", datum: "Datum", aktion: "Aktion" },
  arten: {
    empfang: (n: number) => mehrzahl(n, "Empfang des Plans bestätigt", (k) => `${k} Empfänge bestätigt`),
    schritt_erledigt: (n: number) =>
      mehrzahl(n, "Schritt als erledigt gemeldet", (k) => `${k} Schritte als erledigt gemeldet`),
    schritt_problem: (n: number) =>
      mehrzahl(n, "Problem bei einem Schritt gemeldet", (k) => `${k} Probleme bei Schritten gemeldet`),
    bewerbung: (n: number) => mehrzahl(n, "1 Bewerbung eingetragen", (k) => `${k} Bewerbungen eingetragen`),
    nachweis: (n: number) => mehrzahl(n, "Nachweis hochgeladen", (k) => `${k} Nachweise hochgeladen`),
    vorschlag: (n: number) => mehrzahl(n, "Änderung vorgeschlagen", (k) => `${k} Änderungen vorgeschlagen`),
    frist: () => "Frist eines Schritts",
    ueberpruefung: () => "Überprüfung des Plans",
    brief: () => "Brief noch nicht versandt",
    schlichtung: () => "Schlichtung endet",
  } satisfies Record<EingangArt, (n: number) => string>,
  seit: (datum: string) => `seit ${datum}`,
  faelligAm: (datum: string) => `fällig am ${datum}`,
  briefVom: (datum: string) => `Brief vom ${datum}`,
  endetAm: (datum: string) => `endet am ${datum}`,
  ueberfaellig: "Überfällig",
  problemGemeldet: "Problem gemeldet",
  erledigt: "Erledigt",
  erledigtFuer: (eintrag: string, person: string, datum: string) =>
    `Erledigt: ${eintrag} – ${person}, ${datum}`,
  erledigtMeldung: "Der Eintrag ist als erledigt markiert.",
  team: {
    weitere: (n: number) => mehrzahl(n, "Und 1 weiterer Eintrag.", (k) => `Und ${k} weitere Einträge.`),
    gruppe: (name: string, n: number) =>
      `${name}: ${mehrzahl(n, "1 offener Eintrag", (k) => `${k} offene Einträge`)}`,
    aeltester: (tage: number) =>
      tage === 0
        ? "Ältester Eintrag: seit heute offen"
        : mehrzahl(
            tage,
            "Ältester Eintrag: seit 1 Tag offen",
            (k) => `Ältester Eintrag: seit ${k} Tagen offen`,
          ),
  },
  fallSpalte: "Posteingang",
  fallOffen: (n: number) => mehrzahl(n, "1 offen", (k) => `${k} offen`),
} as const;
