/** German texts for the error codes of `RechtsfolgenFallSchema` (one catalogue, plain language). */
const TEXTE: Record<string, string> = {
  fehlt: "fehlt",
  datum: "kein gültiges Datum (JJJJ-MM-TT)",
  monat: "kein gültiger Monat (JJJJ-MM)",
  ja_nein: "muss true oder false sein",
  ereignis: 'muss "pflichtverletzung", "meldeversaeumnis" oder "arbeitsverweigerung" sein',
  prozent: "muss eine ganze Zahl von 0 bis 100 sein",
  monate: "muss eine ganze Zahl von 0 bis 12 sein",
  liste: "muss eine Liste sein",
  objekt: "muss ein Objekt sein",
  id: "muss ein Text oder eine Zahl sein",
  vor_datum: 'liegt vor dem Tag des Ereignisses ("date")',
};

/** `["vorherige", 0, "prozent"]` → `vorherige[0].prozent`. */
export function feldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
}

/** `Feld "date": kein gültiges Datum (JJJJ-MM-TT)`. */
export function fehlerText(path: readonly PropertyKey[], code: string): string {
  return `Feld "${feldName(path)}": ${TEXTE[code] ?? "ist ungültig"}`;
}
