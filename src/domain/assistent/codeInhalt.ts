import { LIST_SECTIONS, type Eintrag, type PlanInhalt } from "../kooperationsplan/planInhalt";
import { codeEintrag } from "./codeEintrag";
import { codierText } from "./codierText";
import { ART_DER_SECTION } from "./eintragArten";

function withCode<T extends Eintrag>(eintrag: T, kind: Parameters<typeof codeEintrag>[1]): T {
  return { ...eintrag, code: codeEintrag(codierText(eintrag), kind, eintrag.code) };
}

/**
 * Codes every entry of a plan (and the goal text as `berufszielCode`) with the entry coder, so the
 * codes are stored with the draft. A person's choice of area (`codedBy: "person"`) is kept; an empty
 * goal has no code. Pure: returns new content, the input is not changed.
 */
export function codeInhalt(inhalt: PlanInhalt): PlanInhalt {
  const result: PlanInhalt = { ...inhalt };
  for (const section of LIST_SECTIONS) {
    const kind = ART_DER_SECTION[section];
    // Each section keeps its own entry type (steps keep frequency, deadline and proof).
    (result[section] as Eintrag[]) = (inhalt[section] as Eintrag[]).map((e) => withCode(e, kind));
  }
  const ziel = inhalt.berufsziel.trim();
  if (ziel) result.berufszielCode = codeEintrag(ziel, "ziel", inhalt.berufszielCode);
  else delete result.berufszielCode;
  return result;
}
