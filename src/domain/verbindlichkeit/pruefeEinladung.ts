import { err, ok, type Result } from "../shared/result";
import { rechtsstandAm } from "../rechtsstand/rechtsstandAm";
import { type EinladungInput } from "./brief";

/**
 * § 15 Abs. 4 SGB II a. F.: the first invitation to the Potenzialanalyse/plan conversation is issued without
 * Rechtsfolgenbelehrung. From 1.7.2026 this rule is removed (RULES.md K-3, [S]).
 */
export function pruefeEinladung(input: EinladungInput): Result<true> {
  if (input.terminAm < input.datum) return err("rechtsfolgen.termin_vor_brief", "terminAm");
  const altesRecht = rechtsstandAm(input.datum) === "2023-07";
  if (altesRecht && input.ersteEinladung && input.mitRechtsfolgenbelehrung)
    return err("rechtsfolgen.erste_einladung_ohne_rfb", "mitRechtsfolgenbelehrung");
  return ok(true);
}
