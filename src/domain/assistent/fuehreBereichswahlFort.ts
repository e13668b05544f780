import { LIST_SECTIONS, type Eintrag, type PlanInhalt } from "../kooperationsplan/planInhalt";
import { BERUFSZIEL_ID } from "../qualitaet/planEintraege";
import type { EintragCode } from "./codeEintrag";

type Bisher = ReadonlyMap<string, { text: string; code?: EintragCode | undefined }>;

function bisherige(inhalt: PlanInhalt): Bisher {
  const map = new Map<string, { text: string; code?: EintragCode | undefined }>();
  map.set(BERUFSZIEL_ID, { text: inhalt.berufsziel, code: inhalt.berufszielCode });
  for (const section of LIST_SECTIONS)
    for (const e of inhalt[section] as Eintrag[]) map.set(e.id, { text: e.text, code: e.code });
  return map;
}

/** The reference text of one code: carried on, or the current text for a new or confirmed choice. */
function mitBezug(
  id: string,
  text: string,
  code: EintragCode | undefined,
  bisher: Bisher,
  bestaetigt: ReadonlySet<string>,
): EintragCode | undefined {
  if (!code) return code;
  const ohne: EintragCode = { area: code.area, specific: code.specific, codedBy: code.codedBy };
  if (code.codedBy !== "person") return ohne;
  const vorher = bisher.get(id);
  const gleicheWahl = vorher?.code?.codedBy === "person" && vorher.code.area === code.area;
  if (gleicheWahl && !bestaetigt.has(id))
    return { ...ohne, bezugstext: vorher.code?.bezugstext ?? vorher.text };
  return { ...ohne, bezugstext: text };
}

/**
 * Carries the reference text of every manual choice of area (`codedBy: "person"`) from the stored
 * draft into the content being saved, so "has the text changed since the choice?" can be answered. The
 * reference is the text at the time of the choice: it is set when an area is chosen (or changed) and
 * when the counsellor confirms the choice (`bestaetigt`: entry ids, "berufsziel" for the goal), and
 * kept otherwise. A reference sent by the client is ignored; a choice from before references existed
 * takes the stored text. Pure.
 */
export function fuehreBereichswahlFort(
  gespeichert: PlanInhalt,
  inhalt: PlanInhalt,
  bestaetigt: ReadonlySet<string>,
): PlanInhalt {
  const bisher = bisherige(gespeichert);
  const result: PlanInhalt = { ...inhalt };
  for (const section of LIST_SECTIONS)
    (result[section] as Eintrag[]) = (inhalt[section] as Eintrag[]).map((e) => {
      const code = mitBezug(e.id, e.text, e.code, bisher, bestaetigt);
      return code ? { ...e, code } : e;
    });
  const ziel = mitBezug(BERUFSZIEL_ID, inhalt.berufsziel, inhalt.berufszielCode, bisher, bestaetigt);
  if (ziel) result.berufszielCode = ziel;
  return result;
}
