import type { Einwilligung } from "../../domain/erinnerung/einwilligung";
import type { AuditLog } from "../ports";

export interface EinwilligungStand {
  email: string;
  erinnerungen: boolean;
}

/** The person's own portal account (row-level security: only their own). */
export interface EinwilligungRepository {
  lies(): Promise<EinwilligungStand>;
  setze(wert: Einwilligung): Promise<string>;
}

export interface EinwilligungDeps {
  repo: EinwilligungRepository;
  audit: AuditLog;
  personId: string;
}

export const leseEinwilligung = (deps: EinwilligungDeps) => deps.repo.lies();

/** Stores the opt-in or opt-out; one audit row (whether on, never the address). */
export async function setzeEinwilligung(deps: EinwilligungDeps, wert: Einwilligung): Promise<void> {
  const kontoId = await deps.repo.setze(wert);
  await deps.audit.record({
    aktion: "aendern",
    objekt: "portal_konto",
    objektId: kontoId,
    personId: deps.personId,
    details: { erinnerungen: wert.erinnerungen },
  });
}
