/**
 * Reads an amount in euros as typed by staff ("1.500", "1.500,50", "1500,5", "1500.50", "250 €") into
 * cents. Returns null for an empty field and "ungueltig" for anything else (also negative amounts).
 */
export function parseEuroCent(text: string): number | null | "ungueltig" {
  const s = text.replace(/\s|€|EUR/gi, "");
  if (s === "") return null;
  let normal: string;
  if (/^\d{1,3}(\.\d{3})*(,\d{1,2})?$/.test(s) || /^\d+(,\d{1,2})?$/.test(s))
    normal = s.replaceAll(".", "").replace(",", ".");
  else if (/^\d+\.\d{1,2}$/.test(s)) normal = s;
  else return "ungueltig";
  const cent = Math.round(Number(normal) * 100);
  return Number.isSafeInteger(cent) ? cent : "ungueltig";
}

/** Cents as a German euro amount for a form field: 150050 → "1.500,50", 150000 → "1.500". */
export function formatEuro(cent: number): string {
  const euro = Math.trunc(cent / 100);
  const rest = Math.abs(cent % 100);
  const ganz = euro.toLocaleString("de-DE");
  return rest === 0 ? ganz : `${ganz},${String(rest).padStart(2, "0")}`;
}
