import { BEREICH_NAMEN, ZIEL_BEREICHE, type ZielBereich } from "../qualitaet/bereiche";
import { type Angebot, type Angebotskatalog } from "./angebot";
import { ANGEBOT_TYP_NAMEN } from "./angebotTyp";
import { BUDGET_TEXT, budgetStatus, type BudgetStatus } from "./budget";
import { STANDARD_BEREICHE } from "./standardBereiche";

export interface AngebotVorschlag {
  angebot: Angebot;
  /** The plan's areas this offer fits, in codebook order. */
  passendeBereiche: ZielBereich[];
  budget: BudgetStatus;
  /** Plain German: why it is suggested and how the budget looks. */
  grund: string;
}

const BUDGET_RANG: Record<BudgetStatus, number> = { verfuegbar: 0, unbekannt: 1, knapp: 2, ausgeschoepft: 3 };

function liste(namen: string[]): string {
  return namen.length <= 1
    ? (namen[0] ?? "")
    : `${namen.slice(0, -1).join(", ")} und ${namen[namen.length - 1]}`;
}

/**
 * Offers from a jobcentre's catalogue that fit the areas of a plan (e.g. the coded areas of its goals
 * and steps). Inactive offers are left out; exhausted ones stay in the list (last) so staff can see
 * them. Sorted by number of fitting areas, then budget state, then title.
 */
export function suggestAngebote(katalog: Angebotskatalog, areasInPlan: Iterable<string>): AngebotVorschlag[] {
  const inPlan = new Set(areasInPlan);
  const result: AngebotVorschlag[] = [];
  for (const angebot of katalog.angebote) {
    if (!angebot.aktiv) continue;
    const bereiche = angebot.bereiche.length > 0 ? angebot.bereiche : STANDARD_BEREICHE[angebot.typ];
    const passend = ZIEL_BEREICHE.filter((b) => inPlan.has(b) && bereiche.includes(b));
    if (passend.length === 0) continue;
    const budget = budgetStatus(angebot);
    const namen = liste(passend.map((b) => BEREICH_NAMEN[b]));
    const grund = `${ANGEBOT_TYP_NAMEN[angebot.typ]}. Passt zum Plan: ${namen}. ${BUDGET_TEXT[budget]}`;
    result.push({ angebot, passendeBereiche: passend, budget, grund });
  }
  return result.sort(
    (a, b) =>
      b.passendeBereiche.length - a.passendeBereiche.length ||
      BUDGET_RANG[a.budget] - BUDGET_RANG[b.budget] ||
      a.angebot.titel.localeCompare(b.angebot.titel, "de"),
  );
}
