const NBSP = "\u00a0";

/** Glues "260 €", "25 %", "10:00 Uhr" and "§ 15" with a no-break space so a line never splits them. */
export function keepTogether(text: string): string {
  return text
    .replace(/(\d) (€|%|Uhr\b|EUR\b)/g, `$1${NBSP}$2`)
    .replace(/(§§?|Abs\.|Nr\.) (\d)/g, `$1${NBSP}$2`);
}
