import { beurteileRechtsfolge } from "./beurteileRechtsfolge";
import { fehlerTexte } from "./fehlerText";
import { pruefeProzente } from "./pruefeProzente";
import { type RegelConfig } from "./regelConfig";
import { REGEL_DEFAULTS } from "./regelDefaults";
import { type RechtsfolgenErgebnis } from "./rechtsfolgenErgebnis";
import { RechtsfolgenFallSchema } from "./rechtsfolgenFall";

/** An invalid line: the `id` when it is known, else the line number. */
export type ZeilenFehler = { id: string | number; error: string } | { line: number; error: string };

export type ZeilenErgebnis =
  { gueltig: true; ausgabe: RechtsfolgenErgebnis } | { gueltig: false; ausgabe: ZeilenFehler };

function bekannteId(roh: Record<string, unknown>): string | number | null {
  const id = roh.id;
  return (typeof id === "string" && id !== "") || typeof id === "number" ? id : null;
}

function fehler(roh: Record<string, unknown> | null, line: number, error: string): ZeilenErgebnis {
  const id = roh ? bekannteId(roh) : null;
  return { gueltig: false, ausgabe: id === null ? { line, error } : { id, error } };
}

/**
 * Judges one JSON line of `kooperationsplan rechtsfolgen`. Never throws: invalid input becomes a
 * result with an `error` naming the field, so the other lines of a batch continue.
 */
export function beurteileZeile(
  zeile: string,
  line: number,
  config: RegelConfig = REGEL_DEFAULTS,
): ZeilenErgebnis {
  let roh: unknown;
  try {
    roh = JSON.parse(zeile);
  } catch {
    return fehler(null, line, "Zeile ist kein gültiges JSON.");
  }
  if (typeof roh !== "object" || roh === null || Array.isArray(roh))
    return fehler(null, line, "Zeile ist kein JSON-Objekt.");
  const obj = roh as Record<string, unknown>;
  const parsed = RechtsfolgenFallSchema.safeParse(obj);
  if (!parsed.success) return fehler(obj, line, fehlerTexte(parsed.error.issues).join("; "));
  const prozente = pruefeProzente(parsed.data.vorherige, config);
  if (prozente.length > 0) return fehler(obj, line, prozente.join("; "));
  return { gueltig: true, ausgabe: beurteileRechtsfolge(parsed.data, config) };
}
