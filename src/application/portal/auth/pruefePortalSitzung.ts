import { PORTAL_LEERLAUF_MS, type PortalAuthDeps } from "./deps";
import type { PortalSitzung } from "./ports";

/** Resolves the `kp_portal` cookie to the recipient, enforcing idle and absolute timeouts. */
export async function pruefePortalSitzung(
  deps: Pick<PortalAuthDeps, "store" | "tokens" | "clock">,
  token: string | undefined,
): Promise<PortalSitzung | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = deps.tokens.hash(token);
  const sitzung = await deps.store.findSitzung(tokenHash);
  if (!sitzung) return null;
  const now = deps.clock.now();
  if (sitzung.expiresAt <= now || now.getTime() - sitzung.lastSeenAt.getTime() > PORTAL_LEERLAUF_MS) {
    await deps.store.deleteSitzung(sitzung.akteur, tokenHash);
    return null;
  }
  if (now.getTime() - sitzung.lastSeenAt.getTime() > 60_000)
    await deps.store.touch(sitzung.akteur, tokenHash, now);
  return sitzung;
}
