import type { PlanInhalt } from "../kooperationsplan/planInhalt";
import type { VorschlagArt } from "./beteiligung";

/**
 * Takes a recipient's proposal over into a draft: a new step is appended, a different goal replaces the
 * goal, a comment is added to "Was sonst noch wichtig ist". The counsellor can still edit the draft.
 */
export function vorschlagUebernehmen(
  inhalt: PlanInhalt,
  vorschlag: { art: Exclude<VorschlagArt, "schlichtung">; text: string },
  neueId: string,
): PlanInhalt {
  const text = vorschlag.text.trim().slice(0, 500);
  switch (vorschlag.art) {
    case "schritt":
      return {
        ...inhalt,
        schritte: [...inhalt.schritte, { id: neueId, text, haeufigkeit: "", frist: null, nachweis: "" }],
      };
    case "ziel":
      return { ...inhalt, berufsziel: text };
    case "kommentar": {
      const sonst = [inhalt.wasSonstNochWichtig, vorschlag.text.trim()].filter(Boolean).join("\n");
      return { ...inhalt, wasSonstNochWichtig: sonst.slice(0, 1000) };
    }
  }
}
