export { ANGEBOT_TYPEN, ANGEBOT_TYP_NAMEN, type AngebotTyp } from "./angebotTyp";
export {
  AngebotSchema,
  AngebotskatalogSchema,
  type Angebot,
  type AngebotInput,
  type Angebotskatalog,
} from "./angebot";
export { BUDGET_TEXT, budgetStatus, KNAPP_FAELLE, KNAPP_SCHWELLE_CENT, type BudgetStatus } from "./budget";
export { STANDARD_BEREICHE } from "./standardBereiche";
export { suggestAngebote, type AngebotVorschlag } from "./suggestAngebote";
