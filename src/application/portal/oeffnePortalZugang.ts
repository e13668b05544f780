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
 */
export async function oeffnePortalZugang(
  deps: PortalStaffDeps,
  codes: Codes,
  personId: string,
): Promise<Result<{ code: string; bis: Date }>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const person = await deps.repos.personen.get(personId);
  if (!person) return err("nicht_gefunden");
  const code = codes.code();
  const bis = aktivierungGueltigBis(deps.clock.now());
  const kontoId = await deps.portal.konten.open(personId, codes.hash(code), bis);
  await deps.repos.audit.record({ aktion: "anlegen", objekt: "portal_konto", objektId: kontoId, personId });
  return ok({ code, bis });
}
