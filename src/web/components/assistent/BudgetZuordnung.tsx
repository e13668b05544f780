import type { Angebot } from "../../../domain/angebote/angebot";
import type { BudgetStand } from "../../../domain/angebote/budgetStand";
import { formatEuro } from "../../../domain/angebote/euro";
import type { Unterstuetzung } from "../../../domain/kooperationsplan/planInhalt";
import { de } from "../../translations/de";
import { TextField } from "../FormFields";

const t = de.budget;

/** "Verbleibendes Budget nach diesem Plan: … €", or that it is unknown. */
export function NachDiesemPlan({ stand, angebotId }: { stand: BudgetStand | undefined; angebotId: string }) {
  const rest = stand?.nachDiesemPlanCent ?? null;
  return (
    <p className="kern-body kern-body--small kp-budget-rest" data-budget-angebot={angebotId}>
      {rest === null ? t.unbekannt : t.nachDiesemPlan(formatEuro(rest))}
    </p>
  );
}

/**
 * On a support entry that names an offer: the offer (kept in a hidden field), the counsellor's estimate
 * of its cost and the remaining budget once this plan is agreed.
 */
export function BudgetZuordnung(props: {
  prefix: string;
  eintrag: Unterstuetzung & { angebotId: string };
  angebot: Angebot | undefined;
  stand: BudgetStand | undefined;
  error?: string | undefined;
}) {
  const { prefix, eintrag, angebot } = props;
  const kosten = angebot?.kostenProFallCent ?? null;
  // Re-rendering invalid input, the estimate is still the text that was typed.
  const roh: unknown = eintrag.schaetzungCent;
  const schaetzung = typeof roh === "number" ? formatEuro(roh) : typeof roh === "string" ? roh : "";
  return (
    <div className="kp-budget-zuordnung">
      <input type="hidden" name={`${prefix}.angebotId`} value={eintrag.angebotId} />
      {angebot && <p className="kern-body kern-body--small">{t.angebot(angebot.titel)}</p>}
      <TextField
        name={`${prefix}.schaetzungCent`}
        label={t.schaetzung}
        hint={t.schaetzungHilfe(kosten === null ? null : formatEuro(kosten))}
        optional
        value={schaetzung}
        error={props.error}
      />
      <NachDiesemPlan stand={props.stand} angebotId={eintrag.angebotId} />
    </div>
  );
}
