import { aktivierungGueltigBis } from "../../domain/portal/aktivierung";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { PortalStaffDeps } from "./ports";

export interface Codes {
  /** A new one-time activation code (12 characters from the unambiguous alphabet). */
  code(): string;
  hash(code: string): string;
}

/**
 * "Zugang für das Portal einrichten": opens the account (or renews the code) and returns the one-time
 * activation code. Only its hash is stored; the code is shown once, to be printed or handed over.
 * For an account already activated a new code is a reset (issue 10): it needs the counsellor's reason,
 * ends every portal session of the account, is audited with the reason, and the person is told in the
 * portal.
 */
export async function oeffnePortalZugang(
  deps: PortalStaffDeps,
  codes: Codes,
  personId: string,
  grund = "",
): Promise<Result<{ code: string; bis: Date }>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const person = await deps.repos.personen.get(personId);
  if (!person) return err("nicht_gefunden");
  const code = codes.code();
  const bis = aktivierungGueltigBis(deps.clock.now());
  const konto = await deps.portal.konten.findByPerson(personId);
  if (konto && (konto.aktiviertAm || konto.oidcVerknuepft)) {
    const begruendung = grund.trim();
    if (begruendung.length < ZURUECKSETZEN_GRUND_MIN) return err("portal.zuruecksetzen_grund_fehlt", "grund");
    const sitzungenBeendet = await deps.portal.konten.zuruecksetzen(konto.id, codes.hash(code), bis);
    await deps.repos.audit.record({
      aktion: "aendern",
      objekt: "portal_konto",
      objektId: konto.id,
      personId,
      details: { zurueckgesetzt: true, grund: begruendung.slice(0, 500), sitzungenBeendet },
    });
    return ok({ code, bis });
  }
  const kontoId = await deps.portal.konten.open(personId, codes.hash(code), bis);
  await deps.repos.audit.record({ aktion: "anlegen", objekt: "portal_konto", objektId: kontoId, personId });
  return ok({ code, bis });
}

/** A reset needs a reason of a few words. */
export const ZURUECKSETZEN_GRUND_MIN = 5;
