import type { SicherheitFehlerCode } from "../../domain/sicherheit/fehlerCodes";

/** German error messages of the security hardening (issue 10). */
export const sicherheitFehler: Record<SicherheitFehlerCode, string> = {
  "nachweis.manipuliert":
    "Diese Datei wurde nach dem Hochladen verändert: Ihre Prüfsumme stimmt nicht mehr. Sie wird nicht geöffnet. Der Vorgang ist protokolliert; informieren Sie den Datenschutz.",
  "konflikt.gleichzeitig":
    "Jemand anderes hat das gerade gleichzeitig geändert. Laden Sie die Seite neu und prüfen Sie, ob Ihre Änderung noch nötig ist.",
  "eingabe.nullzeichen": "Eine Angabe enthält ein unzulässiges Steuerzeichen. Entfernen Sie es.",
  "portal.zuruecksetzen_grund_fehlt":
    "Der Zugang ist schon eingerichtet. Ein neuer Code setzt ihn zurück und meldet alle Sitzungen ab: Geben Sie dafür einen Grund an.",
};
