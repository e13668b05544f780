import type { Angebotskatalog } from "../../domain/angebote/angebot";
import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";

/** The offer catalogue of the actor's jobcentre (active and inactive offers). */
export async function listAngebote(deps: UseCaseDeps): Promise<Result<Angebotskatalog>> {
  const allowed = await requireRecht(deps, "angebote.lesen");
  if (!allowed.ok) return allowed;
  return ok({ jobcenterId: deps.actor.jobcenterId, angebote: await deps.repos.angebote.list() });
}
