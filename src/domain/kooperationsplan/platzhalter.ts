import { ok, type Result } from "../shared/result";
import { LIST_SECTIONS } from "./listSections";
import type { PlanInhalt } from "./planInhalt";

/** A template placeholder such as `{datum}`: a short text in braces (templates use `{name}`). */
const PLATZHALTER = /\{([^{}\n]{1,40})\}/g;

/** Placeholders still open in a text, each once, in order: `["{datum}", "{anzahl}"]`. */
export function offenePlatzhalter(text: string): string[] {
  return [...new Set([...text.matchAll(PLATZHALTER)].map((m) => m[0]))];
}

/** A field of the plan (`schritte.0.text`) with the placeholders still to fill in it. */
export interface OffenerPlatzhalter {
  feld: string;
  platzhalter: string[];
}

/** Every text field of the plan that still holds a placeholder, in the order of the plan. */
export function offenePlatzhalterImPlan(inhalt: PlanInhalt): OffenerPlatzhalter[] {
  const texte: [string, string][] = [["berufsziel", inhalt.berufsziel]];
  for (const section of LIST_SECTIONS)
    inhalt[section].forEach((e, i) => {
      texte.push([`${section}.${i}.text`, e.text]);
      const schritt = section === "schritte" ? inhalt.schritte[i] : undefined;
      if (schritt) texte.push([`${section}.${i}.haeufigkeit`, schritt.haeufigkeit]);
      if (schritt) texte.push([`${section}.${i}.nachweis`, schritt.nachweis]);
    });
  texte.push(["vermittlungsfelder", inhalt.vermittlungsfelder]);
  texte.push(["wasSonstNochWichtig", inhalt.wasSonstNochWichtig]);
  if (inhalt.naechsterTermin) texte.push(["naechsterTermin.ort", inhalt.naechsterTermin.ort]);
  return texte.flatMap(([feld, text]) => {
    const platzhalter = offenePlatzhalter(text);
    return platzhalter.length > 0 ? [{ feld, platzhalter }] : [];
  });
}

/**
 * Nothing unfinished reaches the person: a plan with an open placeholder cannot be agreed (drafts may
 * keep them). The error names the first field and lists every field (`felder`).
 */
export function checkPlatzhalter(inhalt: PlanInhalt): Result<true> {
  const offen = offenePlatzhalterImPlan(inhalt);
  const erste = offen[0];
  if (!erste) return ok(true);
  const felder = offen.map((o) => o.feld);
  return { ok: false, error: { code: "plan.platzhalter_offen", feld: erste.feld, felder } };
}
