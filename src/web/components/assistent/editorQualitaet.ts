import type { PlanQualitaet } from "../../../domain/assistent/checkPlanQualitaet";

/**
 * The editor leaves out the review-date hints: the date is chosen when the plan is agreed and handed
 * over (default and maximum six months, enforced there), not while the draft is written.
 */
export function editorQualitaet(q: PlanQualitaet): PlanQualitaet {
  return { ...q, vollstaendigkeit: q.vollstaendigkeit.filter((h) => h.rubrik !== "ueberpruefungAm") };
}

/** Areas of the plan's goals and steps (offers are suggested for these). */
export function planAreas(q: PlanQualitaet): string[] {
  return q.eintraege.filter((e) => e.art !== "unterstuetzung").map((e) => e.area);
}
