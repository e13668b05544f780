import type { Eintrag, PlanInhalt } from "../kooperationsplan/planInhalt";
import type { EintragArt } from "./bereiche";

/** Id used for the goal text, which has no entry id of its own. */
export const BERUFSZIEL_ID = "berufsziel";

/** All entries of a plan with their kind; the goal text counts as a `ziel` entry. */
export function listEintraege(inhalt: PlanInhalt): { eintrag: Eintrag; art: EintragArt }[] {
  const ziel = inhalt.berufsziel.trim()
    ? [{ eintrag: { id: BERUFSZIEL_ID, text: inhalt.berufsziel }, art: "ziel" as const }]
    : [];
  return [
    ...ziel,
    ...inhalt.zwischenziele.map((eintrag) => ({ eintrag, art: "ziel" as const })),
    ...inhalt.schritte.map((eintrag) => ({ eintrag, art: "schritt" as const })),
    ...inhalt.unterstuetzung.map((eintrag) => ({ eintrag, art: "unterstuetzung" as const })),
    ...inhalt.andereStellen.map((eintrag) => ({ eintrag, art: "unterstuetzung" as const })),
  ];
}
