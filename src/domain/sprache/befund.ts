/** Codes of plain-language findings; the UI maps them to icons and help texts. */
export type SprachCode =
  "langer_satz" | "langes_wort" | "passiv" | "zu_konstruktion" | "amtsdeutsch" | "nominalstil";

/** One finding in a text: where it is (UTF-16 offsets, `end` exclusive), what is wrong, what to do. */
export interface SprachHinweis {
  code: SprachCode;
  /** German, plain: what we noticed. */
  message: string;
  /** German, plain: what to write instead or how to fix it. */
  suggestion: string;
  start: number;
  end: number;
  /** Set in the whole-plan result: the entry the offsets refer to. */
  eintragId?: string;
}

/** Readability on a three-step scale, see `lesbarkeit.ts` for thresholds. */
export type Lesbarkeitsstufe = "leicht" | "mittel" | "schwer";

export interface Lesbarkeit {
  /** Flesch-Amstad score (0–100, clamped); higher is easier. */
  score: number;
  stufe: Lesbarkeitsstufe;
}

export interface TextStatistik {
  saetze: number;
  woerter: number;
  /** Words made of letters (numbers excluded); basis of the syllable average. */
  buchstabenWoerter: number;
  silben: number;
}

/** Result of the plain-language check of one text (or of a whole plan, aggregated). */
export interface SprachBefund {
  hinweise: SprachHinweis[];
  statistik: TextStatistik;
  /** `null` for a text without words. */
  lesbarkeit: Lesbarkeit | null;
  anzahlNachCode: Partial<Record<SprachCode, number>>;
}
