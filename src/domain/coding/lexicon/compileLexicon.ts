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
  /** Prefix, suffix and infix rules, by the first three letters of their key. */
  partialByTrigram: ReadonlyMap<string, readonly WordRule[]>;
  /** Partial rules with keys shorter than three letters (checked for every word). */
  partialShort: readonly WordRule[];
  /** Rules with keys of at least seven letters, by first letter, for typo tolerance. */
  fuzzyByFirst: ReadonlyMap<string, readonly WordRule[]>;
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
  const partialByTrigram = new Map<string, WordRule[]>();
  const partialShort: WordRule[] = [];
  const fuzzyByFirst = new Map<string, WordRule[]>();
  const patterns: PatternRule[] = [];
  const add = (map: Map<string, WordRule[]>, key: string, rule: WordRule): void => {
    map.set(key, [...(map.get(key) ?? []), rule]);
  };
  for (const spec of specs) {
    for (const [raw, weight] of Object.entries(spec.words)) {
      const rule = compileWord(spec.area, raw, weight);
      if (rule.mode === "stem") add(byStem, rule.key, rule);
      else if (rule.key.length < 3) partialShort.push(rule);
      else add(partialByTrigram, rule.key.slice(0, 3), rule);
      if (rule.key.length >= 7 && (rule.mode === "stem" || rule.mode === "prefix"))
        add(fuzzyByFirst, rule.key.charAt(0), rule);
    }
    for (const [re, weight] of spec.patterns ?? []) {
      patterns.push({
        area: spec.area,
        re: new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`),
        weight,
      });
    }
  }
  return { byStem, partialByTrigram, partialShort, fuzzyByFirst, patterns };
}
