import { z } from "zod";
import { type Area, ENTRY_KINDS } from "./areas";
import { codeEntry } from "./codeEntry";

/** One input line of `kooperationsplan code`. */
export const PlanEintragZeileSchema = z.object({
  id: z.union([z.string().min(1), z.number()]),
  kind: z.enum(ENTRY_KINDS),
  text: z.string().trim().min(1).max(10_000),
});

export type CodedLine = { id: string | number; area: Area; specific: boolean; why: string[] };
export type LineError = { line: number; id?: string | number; error: string };
export type LineResult = { ok: true; output: CodedLine } | { ok: false; output: LineError };

const fieldError = (path: readonly PropertyKey[]): string =>
  path.length > 0 ? `Feld "${String(path[0])}" fehlt oder ist ungültig` : "Zeile ist kein JSON-Objekt";

/**
 * Codes one JSON line `{"id","kind","text"}` into `{"id","area","specific","why"}`. Never throws:
 * bad JSON or invalid fields become `{"line","error"}` (with the `id` when it is known), so the
 * other lines of a batch go on.
 */
export function codeJsonLine(text: string, line: number): LineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, output: { line, error: "Zeile ist kein gültiges JSON" } };
  }
  const parsed = PlanEintragZeileSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => fieldError(i.path)))];
    const id = (raw as { id?: unknown } | null)?.id;
    const known = typeof id === "string" || typeof id === "number" ? { id } : {};
    return { ok: false, output: { line, ...known, error: fields.join("; ") } };
  }
  const { id, kind, text: entryText } = parsed.data;
  const { area, specific, why } = codeEntry({ kind, text: entryText });
  return { ok: true, output: { id, area, specific, why } };
}
