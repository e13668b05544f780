import type { KalenderAboDeps } from "./ports";

/**
 * Creates a subscription (renewing revokes the old one) and returns its token, which is shown once and
 * never stored (only its SHA-256). One audit row.
 */
export async function abonniereKalender(deps: KalenderAboDeps): Promise<string> {
  const token = deps.tokens.token();
  const { id, widerrufen } = await deps.abos.erneuere(deps.tokens.hash(token), deps.clock.now());
  await deps.audit.record({
    aktion: "anlegen",
    objekt: "kalender_abo",
    objektId: id,
    personId: deps.personId,
    details: widerrufen ? { widerrufen } : {},
  });
  return token;
}

/** Ends the live subscription; its link answers 404 from now on. One audit row when there was one. */
export async function beendeKalenderAbo(deps: KalenderAboDeps): Promise<boolean> {
  const id = await deps.abos.widerrufe(deps.clock.now());
  if (!id) return false;
  await deps.audit.record({
    aktion: "aendern",
    objekt: "kalender_abo",
    objektId: id,
    personId: deps.personId,
  });
  return true;
}
