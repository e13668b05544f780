import { FAELLIG_VORLAUF_TAGE, ueberpruefungsStatus } from "../../domain/kooperationsplan/ueberpruefung";
import { addDays } from "../../domain/shared/isoDate";
import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { FaelligeUeberpruefung, UseCaseDeps } from "../ports";
import { today } from "../today";

/** The most reviews the list shows at once (a counsellor's fortnight). */
export const FAELLIGE_UEBERPRUEFUNGEN_MAX = 200;

export interface FaelligeUeberpruefungZeile extends FaelligeUeberpruefung {
  ueberfaellig: boolean;
}

/**
 * The reviews due in the next 14 days for the actor (a counsellor: their own persons; RLS enforces the
 * same), overdue first, in order of the review date: the list worked "one after the other". A read of a
 * list of persons: one audit row, like the caseload.
 */
export async function listFaelligeUeberpruefungen(
  deps: UseCaseDeps,
): Promise<Result<FaelligeUeberpruefungZeile[]>> {
  const allowed = await requireRecht(deps, "faelle.lesen");
  if (!allowed.ok) return allowed;
  const heute = today(deps.clock);
  const zeilen = await deps.repos.personen.listFaelligeUeberpruefungen(
    addDays(heute, FAELLIG_VORLAUF_TAGE),
    FAELLIGE_UEBERPRUEFUNGEN_MAX,
  );
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "ueberpruefungsliste",
    details: { anzahl: zeilen.length },
  });
  return ok(
    zeilen.map((z) => ({
      ...z,
      ueberfaellig: ueberpruefungsStatus(z.ueberpruefungAm, heute) === "ueberfaellig",
    })),
  );
}

/** The next review after `nach` (a plan id) in the list; the first when `nach` is not in it (finished). */
export function naechsteUeberpruefung(
  zeilen: readonly FaelligeUeberpruefung[],
  nach: string | undefined,
): FaelligeUeberpruefung | null {
  const index = nach ? zeilen.findIndex((z) => z.planId === nach) : -1;
  return zeilen[index + 1] ?? null;
}
