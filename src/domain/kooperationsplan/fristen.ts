import { z } from "zod";
import { addMonths, compareIsoDate, type IsoDate } from "../shared/isoDate";
import { err, ok, type Result } from "../shared/result";
import type { PlanInhalt, Schritt } from "./planInhalt";
import { MAX_MONATE_BIS_UEBERPRUEFUNG } from "./ueberpruefung";

/** A step whose deadline lies before `stichtag` (the agreement date), with its position in the plan. */
export interface AbgelaufeneFrist {
  index: number;
  schritt: Schritt & { frist: IsoDate };
}

/** Steps with a deadline before the agreement date: such a plan cannot be agreed (nothing stale is handed over). */
export function abgelaufeneFristen(inhalt: PlanInhalt, stichtag: IsoDate): AbgelaufeneFrist[] {
  return inhalt.schritte.flatMap((schritt, index) =>
    schritt.frist !== null && compareIsoDate(schritt.frist, stichtag) < 0
      ? [{ index, schritt: { ...schritt, frist: schritt.frist } }]
      : [],
  );
}

/** Refuses agreement while a deadline lies before the agreement date; the field names the first such step. */
export function checkFristen(inhalt: PlanInhalt, am: IsoDate): Result<true> {
  const erste = abgelaufeneFristen(inhalt, am)[0];
  return erste ? err("plan.frist_abgelaufen", `schritte.${erste.index}.frist`) : ok(true);
}

/**
 * A renewed deadline: six months later (the review rhythm of § 15 Abs. 3 Satz 2), in further six-month
 * steps while it would still lie before `stichtag`.
 */
export function verlaengerteFrist(frist: IsoDate, stichtag: IsoDate): IsoDate {
  let next = addMonths(frist, MAX_MONATE_BIS_UEBERPRUEFUNG);
  for (let i = 0; i < 40 && compareIsoDate(next, stichtag) < 0; i++)
    next = addMonths(next, MAX_MONATE_BIS_UEBERPRUEFUNG);
  return next;
}

/** One action on stale deadlines: renew one, mark one done (it leaves the next steps), or renew all. */
export const FristAktionSchema = z.discriminatedUnion("typ", [
  z.object({ typ: z.enum(["verlaengern", "erledigt"]), id: z.string().min(1).max(40) }),
  z.object({ typ: z.literal("alle") }),
]);
export type FristAktion = z.infer<typeof FristAktionSchema>;

/** Reads `frist:verlaengern:<id>`, `frist:erledigt:<id>` or `frist:alle` (button values); null otherwise. */
export function parseFristAktion(raw: string | undefined): FristAktion | null {
  if (!raw?.startsWith("frist:")) return null;
  const [, typ, id] = raw.split(":");
  const parsed = FristAktionSchema.safeParse(id === undefined ? { typ } : { typ, id });
  return parsed.success ? parsed.data : null;
}

/** Applies a deadline action; only steps whose deadline lies before `stichtag` are touched. */
export function applyFristAktion(inhalt: PlanInhalt, aktion: FristAktion, stichtag: IsoDate): PlanInhalt {
  const stale = new Set(abgelaufeneFristen(inhalt, stichtag).map((a) => a.schritt.id));
  const betroffen = (id: string) => stale.has(id) && (aktion.typ === "alle" || aktion.id === id);
  const schritte = inhalt.schritte
    .filter((s) => !(aktion.typ === "erledigt" && betroffen(s.id)))
    .map((s) => (betroffen(s.id) && s.frist ? { ...s, frist: verlaengerteFrist(s.frist, stichtag) } : s));
  return { ...inhalt, schritte };
}
