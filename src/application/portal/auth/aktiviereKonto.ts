import { normalizeAktivierungscode } from "../../../domain/portal/aktivierung";
import type { Aktivierung } from "../../../domain/portal/zugangsdaten";
import { hashNeuesPasswort } from "../../auth/passwortSetzen";
import type { PortalResult } from "../ports";
import type { PortalAuthDeps } from "./deps";

const fehler = (
  code: "portal.code_ungueltig" | "portal.benutzername_vergeben" | "portal.validierung",
  feld: string,
) => ({ ok: false, error: { code, feld } }) as const;

/**
 * Activates a recipient account with the one-time code from the counsellor: the code must exist, be
 * unused and not expired (14 days); it is used up in the same transaction that sets the password.
 */
export async function aktiviereKonto(
  deps: PortalAuthDeps,
  eingabe: Aktivierung,
): Promise<PortalResult<true>> {
  const codeHash = deps.tokens.hash(normalizeAktivierungscode(eingabe.code));
  const treffer = await deps.store.findAktivierung(codeHash);
  const now = deps.clock.now();
  if (!treffer || !treffer.aktiv || !treffer.bis || treffer.bis <= now) {
    if (treffer) await deps.store.recordVerweigert(treffer, "portal_aktivierung");
    return fehler("portal.code_ungueltig", "code");
  }
  if (!(await deps.store.benutzernameFrei(eingabe.benutzername)))
    return fehler("portal.benutzername_vergeben", "benutzername");
  // The form checked the rule already; the use case holds it too (ADR 0021).
  const neu = await hashNeuesPasswort(deps.hasher, eingabe.passwort, [eingabe.benutzername]);
  if (!neu.ok) return fehler("portal.validierung", "passwort");
  const ok = await deps.store.activate(treffer, codeHash, eingabe.benutzername, neu.hash, now);
  return ok ? { ok: true, value: true } : fehler("portal.code_ungueltig", "code");
}
