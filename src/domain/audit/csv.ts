/** Characters that make a spreadsheet read a cell as a formula (CSV/formula injection, OWASP). */
const FORMEL = /^[=+\-@\t\r]/;

/** One CSV cell: formulas defused with a leading apostrophe, quoted when needed (RFC 4180). */
export function csvZelle(wert: string): string {
  const sicher = FORMEL.test(wert) ? `'${wert}` : wert;
  return /[";,\r\n]/.test(sicher) ? `"${sicher.replaceAll('"', '""')}"` : sicher;
}

/**
 * A CSV document (RFC 4180, CRLF line ends, `;` as spreadsheet programmes in Germany expect) with a
 * byte order mark so that umlauts open correctly.
 */
export function toCsv(kopf: readonly string[], zeilen: readonly (readonly string[])[]): string {
  const line = (z: readonly string[]) => z.map(csvZelle).join(";");
  return `\uFEFF${[kopf, ...zeilen].map(line).join("\r\n")}\r\n`;
}
