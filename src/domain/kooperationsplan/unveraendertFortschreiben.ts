import { z } from "zod";
import { IsoDateSchema, type IsoDate } from "../shared/isoDate";
import { UebergabeKanalSchema } from "./planVersion";
import { abgelaufeneFristen, verlaengerteFrist } from "./fristen";
import type { PlanInhalt } from "./planInhalt";

/**
 * The one form of the light review: the version reviewed (`basis`, a concurrency check), how the plan is
 * handed over (`persoenlich` = in the conversation), the next review date (empty = six months) and, per
 * passed deadline, the new date (`frist.<id>`).
 */
export const UnveraendertFormSchema = z.object({
  basis: z.coerce.number().int().min(1),
  kanal: UebergabeKanalSchema,
  ueberpruefungAm: IsoDateSchema.optional(),
  fristen: z.record(z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/), IsoDateSchema).default({}),
});
export type UnveraendertForm = z.infer<typeof UnveraendertFormSchema>;

/** Reads the flat form fields (`frist.<id>`) into the schema's shape; empty fields count as not set. */
export function unveraendertFormAus(werte: Record<string, string | undefined>) {
  const fristen: Record<string, string> = {};
  for (const [key, value] of Object.entries(werte))
    if (key.startsWith("frist.") && value) fristen[key.slice("frist.".length)] = value;
  return UnveraendertFormSchema.safeParse({
    basis: werte.basis,
    kanal: werte.kanal,
    ueberpruefungAm: werte.ueberpruefungAm || undefined,
    fristen,
  });
}

/**
 * The content continued unchanged: every entry carried over; each deadline before `stichtag` set to the
 * date chosen for it, or renewed by six months (`verlaengerteFrist`). Other deadlines stay as agreed.
 */
export function unveraendertFortgeschrieben(
  inhalt: PlanInhalt,
  fristen: Readonly<Record<string, IsoDate>>,
  stichtag: IsoDate,
): { inhalt: PlanInhalt; verlaengert: number } {
  const stale = new Set(abgelaufeneFristen(inhalt, stichtag).map((a) => a.schritt.id));
  const schritte = inhalt.schritte.map((s) =>
    stale.has(s.id) && s.frist ? { ...s, frist: fristen[s.id] ?? verlaengerteFrist(s.frist, stichtag) } : s,
  );
  return { inhalt: { ...structuredClone(inhalt), schritte }, verlaengert: stale.size };
}
