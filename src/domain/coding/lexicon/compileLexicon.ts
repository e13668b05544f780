import { type Area } from "../areas";
import { foldGerman } from "../foldGerman";
import { stemGerman } from "../stemGerman";
import { type LexiconSpec } from "./lexiconSpec";

export type WordMode = "stem" | "prefix" | "suffix" | "infix";

export interface WordRule {
  area: Area | "neutral";
  label: string;
  key: string;
  mode: WordMode;
  noun: boolean;
  weight: number;
}

export interface PatternRule {
  area: Area | "neutral";
  re: RegExp;
  weight: number;
}

export interface CompiledLexicon {
  /** Rules matched by equal stem, by stem. */
  byStem: ReadonlyMap<string, readonly WordRule[]>;
  /** All rules matched by equal stem, for typo tolerance. */
  stemRules: readonly WordRule[];
  /** Prefix, suffix and infix rules. */
  partial: readonly WordRule[];
  patterns: readonly PatternRule[];
}

function compileWord(area: Area | "neutral", raw: string, weight: number): WordRule {
  const noun = raw.endsWith("^");
  const bare = raw.replace(/\^$/, "");
  const head = bare.startsWith("*");
  const tail = bare.endsWith("*");
  const word = foldGerman(bare.replace(/\*/g, ""));
  const mode: WordMode = head && tail ? "infix" : head ? "suffix" : tail ? "prefix" : "stem";
  return {
    area,
    label: bare.replace(/\*/g, ""),
    key: mode === "stem" ? stemGerman(word) : word,
    mode,
    noun,
    weight,
  };
}

/** Compiles lexicon specs once into lookup structures for `matchLexicon`. */
export function compileLexicon(specs: readonly LexiconSpec[]): CompiledLexicon {
  const byStem = new Map<string, WordRule[]>();
  const stemRules: WordRule[] = [];
  const partial: WordRule[] = [];
  const patterns: PatternRule[] = [];
  for (const spec of specs) {
    for (const [raw, weight] of Object.entries(spec.words)) {
      const rule = compileWord(spec.area, raw, weight);
      if (rule.mode === "stem") {
        byStem.set(rule.key, [...(byStem.get(rule.key) ?? []), rule]);
        stemRules.push(rule);
      } else partial.push(rule);
    }
    for (const [re, weight] of spec.patterns ?? []) {
      patterns.push({
        area: spec.area,
        re: new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`),
        weight,
      });
    }
  }
  return { byStem, stemRules, partial, patterns };
}
