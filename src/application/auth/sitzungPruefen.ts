import type { Clock } from "../ports";
import { SITZUNG_LEERLAUF_MS } from "./anmelden";
import type { Sitzung, SitzungStore, TokenGenerator } from "./ports";

/** Resolves a session token to the signed-in actor, enforcing idle and absolute timeouts. */
export async function sitzungPruefen(
  deps: { store: SitzungStore; tokens: TokenGenerator; clock: Clock; demoKonten?: boolean },
  token: string | undefined,
): Promise<Sitzung | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = deps.tokens.hash(token);
  const sitzung = await deps.store.find(tokenHash);
  if (!sitzung) return null;
  const now = deps.clock.now();
  // A demo account's session ends once the app runs without demo data (ADR 0021).
  const demoGesperrt = sitzung.demo && deps.demoKonten !== true;
  if (
    demoGesperrt ||
    sitzung.expiresAt <= now ||
    now.getTime() - sitzung.lastSeenAt.getTime() > SITZUNG_LEERLAUF_MS
  ) {
    await deps.store.delete(sitzung.actor, tokenHash);
    return null;
  }
  if (now.getTime() - sitzung.lastSeenAt.getTime() > 60_000)
    await deps.store.touch(sitzung.actor, tokenHash, now);
  return sitzung;
}
