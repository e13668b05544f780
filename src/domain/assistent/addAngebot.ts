import type { Angebot } from "../angebote/angebot";
import type { PlanInhalt } from "../kooperationsplan/planInhalt";
import { VORLAGEN } from "../vorlagen/katalog";
import type { Vorlage } from "../vorlagen/vorlage";
import { addVorlage, werteAusPlan } from "./addVorlage";

const name = (a: Angebot) => (a.traeger ? `„${a.titel}“ bei ${a.traeger}` : `„${a.titel}“`);

/**
 * Adds a concrete offer of the catalogue as a support entry ("Mein Jobcenter unterstützt mich durch"):
 * the support template of the offer's type with the offer named, or a plain sentence without one.
 */
export function addAngebot(
  inhalt: PlanInhalt,
  angebot: Angebot,
  id: string,
  katalog: readonly Vorlage[] = VORLAGEN,
): { inhalt: PlanInhalt; index: number } {
  const vorlage = katalog.find(
    (v) => v.kind === "unterstuetzung" && v.angebotTyp === angebot.typ && v.text.includes("{angebot}"),
  );
  if (vorlage)
    return addVorlage(inhalt, "unterstuetzung", vorlage, id, {
      ...werteAusPlan(inhalt),
      angebot: name(angebot),
    });
  const items = [
    ...inhalt.unterstuetzung,
    { id, text: `Das Jobcenter unterstützt mich mit ${name(angebot)}.` },
  ];
  return { inhalt: { ...inhalt, unterstuetzung: items }, index: items.length - 1 };
}
