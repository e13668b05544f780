import type { Angebotskatalog } from "../../domain/angebote/angebot";
import { budgetJahr, type BudgetBindung } from "../../domain/angebote/budgetStand";
import type { Potenzialanalyse, PotenzialanalyseInput } from "../../domain/potenzialanalyse/potenzialanalyse";
import { ok, type Result } from "../../domain/shared/result";
import { darf, darfGesundheitSehen } from "../policies";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/** What the plan assistant needs besides the plan: the latest Potenzialanalyse and the offers. */
export interface AssistentKontext {
  /** `gesundheitlicheEinschraenkung` is false unless the reader may see health data. */
  potenzialanalyse?: Pick<PotenzialanalyseInput, "sprachniveauDeutsch" | "gesundheitlicheEinschraenkung">;
  katalog: Angebotskatalog;
  /** Commitments in force of the jobcentre and the current budget year, for "remaining after this plan". */
  bindungen: BudgetBindung[];
  budgetJahr: number;
}

const latest = (list: Potenzialanalyse[]) =>
  list.reduce<Potenzialanalyse | undefined>((a, b) => (!a || b.datum > a.datum ? b : a), undefined);

/**
 * Loads the latest Potenzialanalyse of the person (language level; the health flag only for the
 * person's responsible counsellor, `darfGesundheitSehen`; the read is audited), the jobcentre's offers
 * and their commitments. Call after the plan page
 * was loaded (which checks access to the person).
 */
export async function getAssistentKontext(
  deps: UseCaseDeps,
  personId: string,
): Promise<Result<AssistentKontext>> {
  const pa = latest(await deps.repos.potenzialanalysen.list(personId));
  const mitAngeboten = darf(deps.actor, "angebote.lesen");
  const angebote = mitAngeboten ? await deps.repos.angebote.list() : [];
  const bindungen = mitAngeboten ? await deps.repos.budget.aktiveBindungen() : [];
  const person = await deps.repos.personen.get(personId);
  const gesundheit = !!person && darfGesundheitSehen(deps.actor, person);
  // The health flag is special-category data (Art. 9 DSGVO): its use for the hints is audited as a read.
  if (pa)
    await deps.repos.audit.record({
      aktion: "lesen",
      objekt: "potenzialanalyse",
      objektId: pa.id,
      personId,
      details: { zweck: "planassistent", gesundheitSichtbar: gesundheit },
    });
  return ok({
    ...(pa && {
      potenzialanalyse: {
        sprachniveauDeutsch: pa.sprachniveauDeutsch,
        gesundheitlicheEinschraenkung: gesundheit && pa.gesundheitlicheEinschraenkung === true,
      },
    }),
    katalog: { jobcenterId: deps.actor.jobcenterId, angebote },
    bindungen,
    budgetJahr: budgetJahr(today(deps.clock)),
  });
}
