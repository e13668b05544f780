import { nextVersionNummer } from "../../domain/kooperationsplan/fortschreiben";
import type { PlanInhalt } from "../../domain/kooperationsplan/planInhalt";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { rechtsstandAm } from "../../domain/rechtsstand/rechtsstandAm";
import type { PlanAkte, UseCaseDeps } from "../ports";
import { today } from "../today";

/**
 * Stores the next version of a plan as a draft (a Fortschreibung, plain or from a review) under today's
 * period of law, with its one audit row (`anlegen plan_version`; `details` add to the version number).
 */
export async function legeFortschreibungAn(
  deps: UseCaseDeps,
  akte: PlanAkte,
  inhalt: PlanInhalt,
  details: Record<string, unknown> = {},
): Promise<PlanVersion> {
  const nummer = nextVersionNummer(akte.versionen);
  const version = await deps.repos.plaene.insertVersion(akte.personId, {
    planId: akte.planId,
    nummer,
    status: "entwurf",
    inhalt,
    abstimmung: null,
    rechtsstand: rechtsstandAm(today(deps.clock)),
    lockVersion: 1,
  });
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "plan_version",
    objektId: version.id,
    personId: akte.personId,
    details: { nummer, ...details },
  });
  return version;
}
