import { randomInt } from "node:crypto";
import { CODE_ALPHABET, CODE_LAENGE, formatAktivierungscode } from "../../domain/portal/aktivierung";

/** A random one-time activation code, printed in blocks of four (about 59 bits of entropy). */
export function newAktivierungscode(): string {
  let code = "";
  for (let i = 0; i < CODE_LAENGE; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return formatAktivierungscode(code);
}
