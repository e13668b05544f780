import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as gemeinsam } from "@zxcvbn-ts/language-common";
import { dictionary as deutsch } from "@zxcvbn-ts/language-de";

/** NIST SP 800-63B: at least 12 characters for staff and recipients, at most 128, every Unicode character. */
export const PASSWORT_MIN = 12;
export const PASSWORT_MAX = 128;
/** zxcvbn score from 0 to 4; 3 means about 10^8 guesses or more ("safely unguessable" online). */
const MINDEST_STAERKE = 3;

/** Stable codes of a password the rule refuses. */
export type PasswortMangel = "passwort.zu_kurz" | "passwort.zu_lang" | "passwort.zu_schwach";

/** Words of this app: a password built from them is guessed first. */
const APP_WOERTER = ["kooperationsplan", "kooperation", "jobcenter", "portal", "buergergeld", "bürgergeld"];

let schaetzer: ZxcvbnFactory | null = null;

/** Built on first use (the dictionaries ship with the packages; nothing goes over the network). */
function staerke(): ZxcvbnFactory {
  schaetzer ??= new ZxcvbnFactory({
    dictionary: { ...gemeinsam, ...deutsch },
    graphs: adjacencyGraphs,
    useLevenshteinDistance: false,
  });
  return schaetzer;
}

/** Length in Unicode code points after NFC normalisation, so `ä` counts once however it was typed. */
export function passwortLaenge(passwort: string): number {
  return [...passwort.normalize("NFC")].length;
}

/**
 * The password rule (NIST SP 800-63B, 5.1.1.2): a length minimum and maximum, no composition rules,
 * and a check against common and breached-style passwords, dictionary words, keyboard walks, repeats,
 * dates and the context (`kontext`: the user name, the person's name) using the dictionaries shipped
 * with zxcvbn-ts. Null when the password is acceptable.
 */
export function pruefePasswort(passwort: string, kontext: readonly string[] = []): PasswortMangel | null {
  const laenge = passwortLaenge(passwort);
  if (laenge < PASSWORT_MIN) return "passwort.zu_kurz";
  if (laenge > PASSWORT_MAX) return "passwort.zu_lang";
  const woerter = [...APP_WOERTER, ...kontext.filter((w) => w.trim().length > 0)];
  const ergebnis = staerke().check(passwort.normalize("NFC"), woerter);
  return ergebnis.score < MINDEST_STAERKE ? "passwort.zu_schwach" : null;
}
