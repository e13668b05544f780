import { beurteileRechtsfolge } from "./beurteileRechtsfolge";
import { fehlerText } from "./fehlerText";
import { type RegelConfig } from "./regelConfig";
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
export function beurteileZeile(zeile: string, line: number, config?: RegelConfig): ZeilenErgebnis {
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
  if (!parsed.success)
    return fehler(obj, line, parsed.error.issues.map((i) => fehlerText(i.path, i.message)).join("; "));
  return { gueltig: true, ausgabe: beurteileRechtsfolge(parsed.data, config) };
}
