/** A one-time activation code is valid for 14 days (long enough for a letter by post). */
export const AKTIVIERUNG_TAGE = 14;

/** Letters and digits that cannot be confused when read aloud or typed from paper (no 0/O, 1/I/L). */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LAENGE = 12;

/** Accepts the code as printed (`ABCD-EFGH-JKMN`), with spaces, dashes or in lower case. */
export function normalizeAktivierungscode(eingabe: string): string {
  return eingabe.toUpperCase().replace(/[\s-]/g, "");
}

/** Groups a code in blocks of four for printing. */
export function formatAktivierungscode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

export function aktivierungGueltigBis(jetzt: Date): Date {
  return new Date(jetzt.getTime() + AKTIVIERUNG_TAGE * 24 * 60 * 60 * 1000);
}
