import type { Angebot } from "../angebote/angebot";
import type { PlanInhalt } from "../kooperationsplan/planInhalt";
import { VORLAGEN } from "../vorlagen/katalog";
import type { Vorlage } from "../vorlagen/vorlage";
import { addVorlage, werteAusPlan } from "./addVorlage";

const name = (a: Angebot) => (a.traeger ? `„${a.titel}“ bei ${a.traeger}` : `„${a.titel}“`);

/**
 * Adds a concrete offer of the catalogue as a support entry ("Mein Jobcenter unterstützt mich durch"):
 * the support template of the offer's type with the offer named, or a plain sentence without one. The
 * entry keeps the offer's id (the assignment): nothing is committed until the plan is agreed.
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
  const added = vorlage
    ? addVorlage(inhalt, "unterstuetzung", vorlage, id, { ...werteAusPlan(inhalt), angebot: name(angebot) })
    : {
        inhalt: {
          ...inhalt,
          unterstuetzung: [
            ...inhalt.unterstuetzung,
            { id, text: `Das Jobcenter unterstützt mich mit ${name(angebot)}.` },
          ],
        },
        index: inhalt.unterstuetzung.length,
      };
  // The entry names the offer, so that the agreed plan commits its cost against the budget.
  const unterstuetzung = added.inhalt.unterstuetzung.map((u, i) =>
    i === added.index ? { ...u, angebotId: angebot.id } : u,
  );
  return { inhalt: { ...added.inhalt, unterstuetzung }, index: added.index };
}
