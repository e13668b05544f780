import type { PlanInhalt, Unterstuetzung } from "../kooperationsplan/planInhalt";
import type { IsoDate } from "../shared/isoDate";
import type { Angebot } from "./angebot";

/** What an agreed plan version commits against an offer's budget (one per support entry naming it). */
export interface NeueBindung {
  angebotId: string;
  eintragId: string;
  betragCent: number;
}

/** A commitment in force: made by the agreed version of `planId` on `am` (the agreement date). */
export interface BudgetBindung extends NeueBindung {
  planId: string;
  am: IsoDate;
}

/** Budget of one offer in one budget year, and what the plan in the editor does to it. */
export interface BudgetStand {
  angebotId: string;
  /** The budget the team lead entered for the year; null = unknown. */
  budgetCent: number | null;
  /** Sum of the commitments in force of that year (all plans of the jobcentre). */
  gebundenCent: number;
  verbleibendCent: number | null;
  /** Part of `gebundenCent` committed by this plan's agreed version (released when this draft is agreed). */
  bereitsGebundenCent: number;
  /** What this draft would commit. */
  diesesPlanCent: number;
  /** Remaining budget once this draft is agreed; null = unknown budget. */
  nachDiesemPlanCent: number | null;
}

/** Budgets are yearly (Haushaltsjahr): the calendar year of the agreement date. */
export const budgetJahr = (am: IsoDate): number => Number(am.slice(0, 4));

const zugeordnet = (inhalt: PlanInhalt): (Unterstuetzung & { angebotId: string })[] =>
  inhalt.unterstuetzung.filter((u): u is Unterstuetzung & { angebotId: string } => !!u.angebotId);

/**
 * The commitments a plan makes when agreed: per support entry that names an offer, the counsellor's
 * estimate if entered, else the offer's cost per case; nothing when neither is known or the offer is gone.
 */
export function bindungenFuer(inhalt: PlanInhalt, angebote: readonly Angebot[]): NeueBindung[] {
  const result: NeueBindung[] = [];
  for (const u of zugeordnet(inhalt)) {
    const angebot = angebote.find((a) => a.id === u.angebotId);
    const betrag = u.schaetzungCent ?? angebot?.kostenProFallCent ?? null;
    if (angebot && betrag !== null)
      result.push({ angebotId: u.angebotId, eintragId: u.id, betragCent: betrag });
  }
  return result;
}

const summe = (list: readonly { betragCent: number }[]) => list.reduce((s, b) => s + b.betragCent, 0);

/**
 * Budget per offer: committed = the commitments in force of budget year `jahr`; remaining = budget −
 * committed. With a plan (`planId`, its draft `inhalt`): after this plan = remaining + what the plan's
 * agreed version committed (released on agreement) − what the draft commits.
 */
export function berechneBudgetStand(
  angebote: readonly Angebot[],
  bindungen: readonly BudgetBindung[],
  plan: { jahr: number; planId?: string; inhalt?: PlanInhalt },
): BudgetStand[] {
  const imJahr = bindungen.filter((b) => budgetJahr(b.am) === plan.jahr);
  const neu = plan.inhalt ? bindungenFuer(plan.inhalt, angebote) : [];
  return angebote.map((a) => {
    const budgetCent = a.restbudgetCent ?? null;
    const dieses = imJahr.filter((b) => b.angebotId === a.id);
    const gebundenCent = summe(dieses);
    const bereitsGebundenCent = summe(dieses.filter((b) => b.planId === plan.planId));
    const diesesPlanCent = summe(neu.filter((b) => b.angebotId === a.id));
    const verbleibendCent = budgetCent === null ? null : budgetCent - gebundenCent;
    return {
      angebotId: a.id,
      budgetCent,
      gebundenCent,
      verbleibendCent,
      bereitsGebundenCent,
      diesesPlanCent,
      nachDiesemPlanCent:
        verbleibendCent === null ? null : verbleibendCent + bereitsGebundenCent - diesesPlanCent,
    };
  });
}

/** Offers whose known budget this plan would overspend: it commits more than before and ends below 0. */
export const ueberzogeneAngebote = (stand: readonly BudgetStand[]): BudgetStand[] =>
  stand.filter(
    (s) =>
      s.nachDiesemPlanCent !== null && s.nachDiesemPlanCent < 0 && s.diesesPlanCent > s.bereitsGebundenCent,
  );
