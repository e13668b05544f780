import { bestimmePosteingang, horizont } from "../../domain/posteingang/bestimmePosteingang";
import type { EingangEintrag } from "../../domain/posteingang/posteingang";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/**
 * The actor's open inbox items today, optionally of some persons only (no role check, no audit: the calling
 * use case does both).
 */
export async function ladePosteingang(
  deps: UseCaseDeps,
  personIds?: readonly string[],
): Promise<EingangEintrag[]> {
  const heute = today(deps.clock);
  return bestimmePosteingang(await deps.repos.posteingang.quellen(heute, horizont(heute), personIds), heute);
}
