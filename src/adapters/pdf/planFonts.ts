import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Font names registered on every plan document. */
export const SCHRIFT = { normal: "PlanSans", fett: "PlanSans-Bold" } as const;

export interface PlanFontDaten {
  normal: Uint8Array;
  fett: Uint8Array;
}

let cache: PlanFontDaten | null = null;

/**
 * DejaVu Sans (regular and bold) from the `dejavu-fonts-ttf` package. It covers Latin, Cyrillic
 * and Arabic, so later language versions of the plan can use the same embedded font.
 */
export function loadPlanFonts(): PlanFontDaten {
  if (cache) return cache;
  const packageJson = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json");
  const ttf = join(dirname(packageJson), "ttf");
  cache = {
    normal: readFileSync(join(ttf, "DejaVuSans.ttf")),
    fett: readFileSync(join(ttf, "DejaVuSans-Bold.ttf")),
  };
  return cache;
}
