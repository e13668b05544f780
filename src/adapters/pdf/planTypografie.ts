/** Sizes and spacing of the plan, derived from one body size so the whole page scales together. */
export interface PlanTypografie {
  text: number;
  klein: number;
  titel: number;
  ueberschrift: number;
  fuss: number;
  zeilenabstand: number;
  absatz: number;
  abschnitt: number;
  einzug: number;
}

export const FARBE = {
  text: "#1a1a1a",
  leise: "#4d4d4d",
  akzent: "#0b4f6c",
  linie: "#b8c4cc",
  flaeche: "#eef3f6",
} as const;

export const NORMALE_SCHRIFTGROESSE = 11;
export const KLEINSTE_SCHRIFTGROESSE = 8;

export function createTypografie(text: number): PlanTypografie {
  const f = text / NORMALE_SCHRIFTGROESSE;
  return {
    text,
    klein: text * 0.85,
    titel: text * 1.75,
    ueberschrift: text * 1.15,
    fuss: Math.max(7, text * 0.75),
    zeilenabstand: 2 * f,
    absatz: 4 * f,
    abschnitt: 13 * f,
    einzug: 13 * f,
  };
}
