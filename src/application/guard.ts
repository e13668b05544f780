import { err, type Result } from "../domain/shared/result";
import { darf, type Recht } from "./policies";
import type { UseCaseDeps } from "./ports";

/** Refuses an action the actor's role does not allow (the HTTP adapter audits the refusal). */
export async function requireRecht(deps: UseCaseDeps, recht: Recht): Promise<Result<true>> {
  return darf(deps.actor, recht) ? { ok: true, value: true } : err("nicht_erlaubt");
}
