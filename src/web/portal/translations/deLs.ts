import { portalDe, type PortalTexte } from "./de";

/** Leichte Sprache: short sentences, one statement per sentence, long words split with a middle dot. */
export const portalDeLs: PortalTexte = {
  app: {
    ...portalDe.app,
    name: "Mein Kooperations·plan",
    fusszeile: "Ihr Jobcenter. Nur Ihre Ansprech·person sieht Ihre Daten. Wir schreiben jeden Zugriff auf.",
    gespeichert: "Das ist gespeichert. Danke.",
    zurueck: "Zurück zur Übersicht",
  },
  anmelden: {
    ...portalDe.anmelden,
    ersterBesuch: "Sind Sie zum ersten Mal hier? Dann machen Sie zuerst Ihren Zugang frei.",
    aktivierenLink: "Zugang frei·machen",
  },
  aktivieren: {
    titel: "Zugang frei·machen",
    hinweis:
      "Sie haben vom Jobcenter einen Code bekommen. Der Code gilt 14 Tage. Sie können den Code nur 1 Mal benutzen.",
    code: "Code vom Jobcenter",
    codeHinweis: "Zum Beispiel ABCD-EFGH-JKMN",
    benutzername: "Ihr Name für die Anmeldung",
    benutzernameHinweis: "4 bis 40 Zeichen. Buchstaben und Zahlen.",
    passwort: "Ihr neues Passwort",
    passwortHinweis: "Mindestens 12 Zeichen. Zum Beispiel: mehrere Wörter.",
    wiederholung: "Passwort noch 1 Mal",
    absenden: "Zugang frei·machen",
    erfolg: "Ihr Zugang ist jetzt frei. Melden Sie sich an.",
  },
  totp: {
    ...portalDe.totp,
    hinweis:
      "Öffnen Sie die App auf Ihrem Handy. Dort steht ein Code mit 6 Zahlen. Schreiben Sie den Code hier hin.",
    einrichtenTitel: "Mehr Schutz",
    einrichtenHinweis:
      "Sie können mehr Schutz haben. Dann brauchen Sie bei der Anmeldung eine App. Das müssen Sie nicht.",
  },
  plan: {
    ...portalDe.plan,
    titel: "Mein Kooperations·plan",
    keinPlan: "Es gibt noch keinen Plan. Ihre Ansprech·person spricht mit Ihnen darüber.",
    vereinbart: (datum) => `Wir haben den Plan am ${datum} gemacht.`,
    ueberpruefung: (datum) => `Am ${datum} schauen wir den Plan wieder an.`,
    ansprechperson: "Ihre Ansprech·person",
    rehaBedarf: {
      pruefen: "Vielleicht brauchen Sie eine Reha. Wir prüfen das zusammen.",
      ja: "Sie stellen einen Antrag auf Reha. Wir helfen Ihnen dabei.",
    },
    fusszeile:
      "Sie müssen den Plan nicht unterschreiben. Der Plan ist kein Bescheid. Im Plan steht, was wir zusammen besprochen haben.",
  },
  empfang: {
    titel: "Plan bekommen",
    hinweis: "Sagen Sie uns: Ich habe den Plan bekommen. Das ist keine Unterschrift.",
    bestaetigen: "Ich habe den Plan bekommen",
    bestaetigt: (zeit) => `Sie haben am ${zeit} gesagt: Ich habe den Plan bekommen.`,
  },
  schritte: { ...portalDe.schritte, erledigt: "Habe ich gemacht" },
  bewerbungen: {
    ...portalDe.bewerbungen,
    stand: (erfasst, vereinbart) =>
      `Sie haben ${erfasst} Bewerbungen eingetragen. Vereinbart sind ${vereinbart}.`,
  },
  nachweise: {
    ...portalDe.nachweise,
    hinweis: "Sie können PDF, JPG und PNG hoch·laden. Die Datei darf höchstens 10 MB groß sein.",
    hochladen: "Hoch·laden",
  },
  vorschlaege: { ...portalDe.vorschlaege, titel: "Etwas ändern" },
  schlichtung: {
    titel: "Schlichtung",
    erklaerung:
      "Ihr Plan ist vom Juni 2026 oder älter. Sind Sie mit dem Plan nicht einverstanden? Dann können Sie eine Schlichtung verlangen. Eine andere Person hilft dann. Sie sucht mit Ihnen und dem Jobcenter eine Lösung. Das dauert höchstens 4 Wochen. In der Zeit kürzen wir Ihr Geld nicht wegen Pflicht·verletzungen.",
    grund: "Was finden Sie nicht gut?",
    beantragen: "Schlichtung verlangen",
    beantragt: (zeit) =>
      `Sie haben am ${zeit} eine Schlichtung verlangt. Ihre Ansprech·person meldet sich bei Ihnen.`,
    abgeschafft:
      "Die Schlichtung gibt es seit Juli 2026 nicht mehr. Sind Sie mit dem Plan nicht einverstanden? Dann sprechen Sie mit Ihrer Ansprech·person. Oder schlagen Sie eine Änderung vor.",
  },
  fehler: portalDe.fehler,
  barrierefreiheit: portalDe.barrierefreiheit,
  kalender: {
    name: "Kooperations·plan",
    termin: "Termin im Jobcenter",
    frist: (schritt: string) => `Bis dann erledigen: ${schritt}`,
    titel: "Kalender",
    erklaerung: "Ihre Termine und Fristen für Ihren Kalender.",
    herunterladen: "Termine herunterladen",
    abonnieren: "Kalender abonnieren",
    abonnierenErklaerung:
      "Mit einem Abo ändert sich Ihr Kalender von selbst. Der Link ist geheim. Geben Sie ihn niemandem.",
    erneuern: "Neuen Link machen. Der alte Link geht dann nicht mehr.",
    linkEinmal: "Das ist Ihr Link. Sie sehen ihn nur jetzt. Tragen Sie ihn in Ihren Kalender ein:",
    aktivSeit: (datum: string) => `Sie haben ein Kalender-Abo seit ${datum}.`,
    beenden: "Abo beenden",
    beendet: "Das Abo ist beendet. Der Link geht nicht mehr.",
    zurueck: "Zurück zum Plan",
  },
  erinnerung: {
    betreff: "Es gibt Neuigkeiten zu Ihrem Kooperationsplan",
    link: "Bitte melden Sie sich im Portal an:",
    titel: "Erinnerungen per E-Mail",
    erklaerung:
      "Wir schreiben Ihnen dann nur: Es gibt Neuigkeiten. Und einen Link. Ihr Name steht nicht in der E-Mail.",
    email: "Ihre E-Mail-Adresse",
    an: "Ja, ich will Erinnerungen per E-Mail.",
    emailFehler: "Die E-Mail-Adresse stimmt nicht. Zum Beispiel: name@beispiel.de",
    speichern: "Speichern",
    aus: "Sie bekommen keine E-Mails.",
    ein: "Sie bekommen Erinnerungen per E-Mail.",
  },
  leichteSprache: portalDe.leichteSprache,
};
