import { z } from "zod";
import { LIST_SECTIONS, type ListSection, type PlanInhalt } from "./planInhalt";

/**
 * Editing actions of the plan editor that work without JavaScript: every button in the form submits
 * the whole draft plus one action (`hinzufuegen:schritte`, `hoch:schritte:<id>`, ...).
 */
export const EditorAktionSchema = z.union([
  z.object({ typ: z.literal("speichern") }),
  z.object({ typ: z.literal("hinzufuegen"), bereich: z.enum(LIST_SECTIONS) }),
  z.object({
    typ: z.enum(["hoch", "runter", "entfernen"]),
    bereich: z.enum(LIST_SECTIONS),
    id: z.string().max(40),
  }),
]);
export type EditorAktion = z.infer<typeof EditorAktionSchema>;

export function parseEditorAktion(raw: string | undefined): EditorAktion | null {
  if (!raw || raw === "speichern") return { typ: "speichern" };
  const [typ, bereich, id] = raw.split(":");
  const parsed = EditorAktionSchema.safeParse(id === undefined ? { typ, bereich } : { typ, bereich, id });
  return parsed.success ? parsed.data : null;
}

function move<T extends { id: string }>(items: T[], id: string, delta: number): T[] {
  const from = items.findIndex((i) => i.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= items.length) return items;
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item) copy.splice(to, 0, item);
  return copy;
}

/** Apply a structural action (move or remove). Adding is handled by the caller, which owns id creation. */
export function applyEditorAktion(inhalt: PlanInhalt, aktion: EditorAktion): PlanInhalt {
  if (aktion.typ === "speichern" || aktion.typ === "hinzufuegen") return inhalt;
  const section: ListSection = aktion.bereich;
  const items = inhalt[section] as { id: string }[];
  const next =
    aktion.typ === "entfernen"
      ? items.filter((i) => i.id !== aktion.id)
      : move(items, aktion.id, aktion.typ === "hoch" ? -1 : 1);
  return { ...inhalt, [section]: next };
}
