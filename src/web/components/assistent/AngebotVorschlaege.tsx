import type { BudgetStand } from "../../../domain/angebote/budgetStand";
import type { AngebotVorschlag } from "../../../domain/angebote/suggestAngebote";
import { assistent as t } from "../../translations/assistent";
import { NachDiesemPlan } from "./BudgetZuordnung";

const BADGE: Record<AngebotVorschlag["budget"], string> = {
  verfuegbar: "kp-budget--verfuegbar",
  knapp: "kp-budget--knapp",
  ausgeschoepft: "kp-budget--ausgeschoepft",
  unbekannt: "kp-budget--unbekannt",
};

/**
 * Offers of the jobcentre that fit the plan's areas, with budget state (from the committed figures and
 * this plan) and a button to add one.
 */
export function AngebotVorschlaege({
  vorschlaege,
  stand,
}: {
  vorschlaege: AngebotVorschlag[];
  stand: readonly BudgetStand[];
}) {
  return (
    <section className="kp-section kp-angebote" aria-labelledby="angebote-titel" id="angebote">
      <h2 className="kern-heading-small" id="angebote-titel">
        {t.angeboteTitel}
      </h2>
      <p className="kern-body kern-body--small">{t.angeboteHilfe}</p>
      {vorschlaege.length === 0 ? (
        <p className="kern-body kern-body--small">{t.angeboteKeine}</p>
      ) : (
        <ul className="kp-vorlagen">
          {vorschlaege.map(({ angebot, budget, grund }) => (
            <li key={angebot.id} className="kp-vorlage" data-angebot={angebot.id}>
              <p className="kern-body kern-body--small">
                <strong>{angebot.titel}</strong>
                {angebot.traeger ? ` (${angebot.traeger})` : ""}{" "}
                <span className={`kp-budget ${BADGE[budget]}`}>{t.budgetText(t.budget[budget])}</span>
              </p>
              <p className="kern-body kern-body--small">{grund}</p>
              {angebot.restbudgetCent !== null && angebot.restbudgetCent !== undefined && (
                <NachDiesemPlan
                  stand={stand.find((s) => s.angebotId === angebot.id)}
                  angebotId={angebot.id}
                />
              )}
              {angebot.beschreibung && <p className="kern-body kern-body--small">{angebot.beschreibung}</p>}
              {budget !== "ausgeschoepft" && (
                <button
                  type="submit"
                  name="aktion"
                  value={`angebot:${angebot.id}`}
                  className="kern-btn kern-btn--secondary kern-btn--x-small"
                  aria-label={t.angebotHinzufuegenLabel(angebot.titel)}
                >
                  <span className="kern-label">{t.angebotHinzufuegen}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
