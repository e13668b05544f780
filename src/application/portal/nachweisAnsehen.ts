import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { NachweisInfo, PortalStaffDeps } from "./ports";

/**
 * The counsellor opens an upload: it counts as received ("gesehen"), and the read is audited. Bytes that
 * no longer match the SHA-256 stored at upload are never handed out.
 */
export async function nachweisAnsehen(
  deps: PortalStaffDeps,
  nachweisId: string,
): Promise<Result<NachweisInfo & { inhalt: Uint8Array }>> {
  const allowed = await requireRecht(deps, "person.lesen");
  if (!allowed.ok) return allowed;
  const nachweis = await deps.portal.beteiligung.getNachweis(nachweisId);
  if (!nachweis) return err("nicht_gefunden");
  // Refused and audited (as a refusal, by runUseCase) when the bytes no longer match their hash.
  if (!nachweis.unversehrt) return err("nachweis.manipuliert");
  if (deps.actor.rolle === "integrationsfachkraft" && nachweis.status === "eingegangen")
    await deps.portal.beteiligung.markNachweisGesehen(nachweisId, deps.clock.now());
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "portal_nachweis",
    objektId: nachweisId,
    personId: nachweis.personId,
  });
  return ok(nachweis);
}
