import type { ListSection, PlanInhalt, Schritt } from "../kooperationsplan/planInhalt";
import { fillVorlage, type VorlagenWerte } from "../vorlagen/fillVorlage";
import type { Vorlage } from "../vorlagen/vorlage";

/** Values the plan itself offers for a template's placeholders: the next appointment as `{datum}`. */
export function werteAusPlan(inhalt: PlanInhalt): VorlagenWerte {
  return inhalt.naechsterTermin ? { datum: inhalt.naechsterTermin.datum } : {};
}

/**
 * Adds a template as a new entry at the end of a section, its placeholders filled from the plan where
 * possible (the others stay as `{name}` for the counsellor to replace). A step also gets the template's
 * frequency and proof, and the filled date as deadline. Returns the new content and the entry's index.
 */
export function addVorlage(
  inhalt: PlanInhalt,
  section: ListSection,
  vorlage: Vorlage,
  id: string,
  werte: VorlagenWerte = werteAusPlan(inhalt),
): { inhalt: PlanInhalt; index: number } {
  const filled = fillVorlage(vorlage, werte);
  const datum = typeof werte.datum === "string" ? werte.datum : null;
  const eintrag =
    section === "schritte"
      ? ({
          id,
          text: filled.text,
          haeufigkeit: filled.haeufigkeit ?? "",
          frist: vorlage.text.includes("{datum}") ? datum : null,
          nachweis: filled.nachweis ?? "",
        } satisfies Schritt)
      : { id, text: filled.text };
  const items = [...inhalt[section], eintrag] as PlanInhalt[typeof section];
  return { inhalt: { ...inhalt, [section]: items }, index: items.length - 1 };
}
