import { type SprachHinweis } from "./befund";
import { type Wort } from "./woerter";

// prettier-ignore
const WERDEN = new Set([
  "werde", "wirst", "wird", "werden", "werdet", "wurde", "wurdest", "wurden", "wurdet", "würde", "würdest",
  "würden", "würdet", "worden",
]);
const SEIN = new Set(["ist", "sind", "war", "waren", "wäre", "wären", "sei", "seien"]);
const HABEN = new Set(["habe", "hast", "hat", "haben", "habt", "hatte", "hatten"]);

// Not participles although they look like ones.
// prettier-ignore
const KEIN_PARTIZIP = new Set([
  "gesamt", "gerecht", "gesund", "gestern", "gegen", "genug", "gern", "gerne", "gehen", "geben", "gelten",
  "gewinnen", "genießen", "gehören", "gestalten", "gewöhnen", "genehmigen", "gebrauchen", "gefallen",
  "geraten", "gelingen", "geschehen", "gestehen", "gewähren", "genügen", "gemeinsam", "gewiss", "gerade",
  "geeignet", "bereit", "bekannt", "verheiratet", "erwerbstätig", "berufstätig",
]);
const TRENNBAR =
  "(?:ab|an|auf|aus|bei|ein|fest|her|hin|los|mit|nach|vor|vorbei|weg|weiter|zu|zurück|zusammen|teil|dar|bereit|frei|statt|um)";
// ge-participles ("gezahlt", "geschrieben"), also after a separable prefix ("eingereicht",
// "abgegeben"); the part after "ge" needs 4+ letters for -en so that "abgeben" (infinitive) is no hit.
const PARTIZIP_GE = new RegExp(`^${TRENNBAR}?ge(?:\\p{L}{2,}t|\\p{L}{2,}en)$`, "u");
// Inseparable prefixes and -ieren verbs take no "ge": "bezahlt", "erstellt", "informiert".
const PARTIZIP_UNTRENNBAR = new RegExp(
  `^${TRENNBAR}?(?:be|ver|er|ent|zer|emp|miss|über|unter|hinter|wider)\\p{L}{2,}t$|^\\p{L}{3,}iert$`,
  "u",
);
// Strong participles of verbs with an inseparable prefix end in -en like infinitives; only endings
// that differ from the infinitive are listed ("übernommen", not "bekommen").
const STARK =
  "(?:nommen|wiesen|schrieben|sprochen|boten|schoben|worben|standen|schlossen|griffen|zogen|gangen|trieben|fohlen|brochen|funden|bunden|schienen|blieben|mieden|stiegen|wichen|troffen|worfen|gossen|rissen|litten|schnitten|stritten)";
const PARTIZIP_STARK = new RegExp(
  `^${TRENNBAR}?(?:be|ver|er|ent|zer|emp|miss|über|unter|hinter|wider)${STARK}$`,
  "u",
);
// zu-infinitive: "zu zahlen", or with the separable prefix "vorzulegen", "einzureichen".
const ZU_INFINITIV = new RegExp(`^${TRENNBAR}zu\\p{L}{3,}(?:en|ern|eln)$`, "u");

/** True for a lower-case word that looks like a past participle (Partizip II). */
export function isPartizip(word: string): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  if (KEIN_PARTIZIP.has(word)) return false;
  return PARTIZIP_GE.test(word) || PARTIZIP_UNTRENNBAR.test(word) || PARTIZIP_STARK.test(word);
}

function hasZuInfinitiv(clause: readonly Wort[]): boolean {
  return clause.some((w, i) => {
    if (ZU_INFINITIV.test(w.text) && !KEIN_PARTIZIP.has(w.text)) return true;
    const next = clause[i + 1]?.text ?? "";
    return w.text === "zu" && /^\p{Ll}\p{L}+(?:en|ern|eln)$/u.test(next);
  });
}

/**
 * Checks one clause (words between commas) for passive voice: a form of "werden" with a past
 * participle ("wird bezahlt", "bewilligt werden"), and the "ist … zu" / "hat … zu" construction
 * ("Nachweise sind vorzulegen"). Returns at most one finding, spanning the clause.
 */
export function checkPassiv(clause: readonly Wort[]): SprachHinweis | null {
  const first = clause[0];
  const last = clause[clause.length - 1];
  if (!first || !last) return null;
  const lower = clause.map((w) => w.text.toLowerCase());
  const span = { start: first.start, end: last.end };
  if (lower.some((w) => WERDEN.has(w)) && clause.some((w) => isPartizip(w.text))) {
    return { code: "passiv", ...span, ...PASSIV_TEXT };
  }
  if (lower.some((w) => SEIN.has(w) || HABEN.has(w)) && hasZuInfinitiv(clause)) {
    return { code: "zu_konstruktion", ...span, ...ZU_TEXT };
  }
  return null;
}

const PASSIV_TEXT = {
  message: "Passiv: Es steht nicht da, wer etwas tut.",
  suggestion:
    "Schreiben Sie aktiv, wer was tut. Zum Beispiel: „Das Jobcenter bezahlt …“ oder „Ich schicke …“.",
};
const ZU_TEXT = {
  message: "„ist … zu“ klingt nach Amt und sagt nicht, wer handeln soll.",
  suggestion: "Schreiben Sie, wer was tut. Zum Beispiel: „Ich lege die Nachweise bis … vor.“",
};
