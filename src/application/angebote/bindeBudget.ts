import {
  berechneBudgetStand,
  bindungenFuer,
  budgetJahr,
  ueberzogeneAngebote,
} from "../../domain/angebote/budgetStand";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { err, ok, type Result } from "../../domain/shared/result";
import type { UseCaseDeps } from "../ports";

/**
 * In the agreement's transaction: locks the offers the version names, refuses the agreement when it
 * would overspend a known budget (`budget.ueberschritten`), then releases what the plan's previous
 * version committed and commits the new version's costs. Returns what was committed (for the audit).
 */
export async function bindeBudget(
  deps: UseCaseDeps,
  version: PlanVersion & { abstimmung: NonNullable<PlanVersion["abstimmung"]> },
): Promise<Result<{ gebunden: number; freigegeben: number }>> {
  const angebote = await deps.repos.angebote.list();
  const neu = bindungenFuer(version.inhalt, angebote);
  await deps.repos.budget.sperren(neu.map((b) => b.angebotId));
  const stand = berechneBudgetStand(angebote, await deps.repos.budget.aktiveBindungen(), {
    jahr: budgetJahr(version.abstimmung.am),
    planId: version.planId,
    inhalt: version.inhalt,
  });
  const ueber = ueberzogeneAngebote(stand)[0];
  if (ueber) {
    const index = version.inhalt.unterstuetzung.findIndex((u) => u.angebotId === ueber.angebotId);
    return err("budget.ueberschritten", `unterstuetzung.${index}.schaetzungCent`);
  }
  const freigegeben = await deps.repos.budget.freigeben(version.planId, "ersetzt");
  await deps.repos.budget.binden(version.planId, version.id, version.abstimmung.am, neu);
  return ok({ gebunden: neu.reduce((s, b) => s + b.betragCent, 0), freigegeben });
}
