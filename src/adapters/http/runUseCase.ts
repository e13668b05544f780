import type { FastifyRequest } from "fastify";
import type { Actor, UseCaseDeps } from "../../application/ports";
import type { FachkraftTransaktion } from "../../application/transaktionen";
import type { Result } from "../../domain/shared/result";
import type { AppDeps } from "./appDeps";
import { zielDerAnfrage } from "./zielDerAnfrage";

/** Refusals that are audited after the rollback: access refused, and stored evidence found tampered with. */
const AUDITIERTE_VERWEIGERUNGEN = new Set<string>([
  "nicht_erlaubt",
  "nicht_gefunden",
  "nachweis.manipuliert",
]);

/** The `:id` route parameter (the object itself, e.g. an upload), when the route has one. */
const objektDerAnfrage = (params: unknown): string | null => {
  const id = params && typeof params === "object" ? (params as Record<string, unknown>).id : undefined;
  return typeof id === "string" && id.length > 0 && id.length <= 100 ? id : null;
};

class Rollback<T> extends Error {
  constructor(readonly result: Result<T>) {
    super("rollback");
  }
}

/**
 * Runs a use case in one transaction under the actor's row-level-security context. A failed result
 * rolls the transaction back (nothing half-written); refusals are then audited in their own transaction.
 */
export async function runUseCase<T>(
  deps: AppDeps,
  request: FastifyRequest,
  fn: (ucDeps: UseCaseDeps) => Promise<Result<T>>,
): Promise<Result<T>> {
  return runUseCaseWith(deps, request, (_tx, base) => base, fn);
}

/** `runUseCase` for use cases that need more than the staff repositories (e.g. the portal's). */
export async function runUseCaseWith<T, D extends UseCaseDeps>(
  deps: AppDeps,
  request: FastifyRequest,
  extend: (tx: FachkraftTransaktion, base: UseCaseDeps) => D,
  fn: (ucDeps: D) => Promise<Result<T>>,
): Promise<Result<T>> {
  const actor = request.sitzung?.actor as Actor;
  try {
    return await deps.transaktionen.alsFachkraft(actor, async (tx) => {
      const base = { repos: tx.repos, actor, clock: deps.clock, ids: deps.ids };
      const result = await fn(extend(tx, base));
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    const result = error.result as Result<T>;
    if (!result.ok && AUDITIERTE_VERWEIGERUNGEN.has(result.error.code)) {
      await deps.transaktionen.alsFachkraft(actor, async ({ repos }) => {
        const ziel = zielDerAnfrage(request.params, request.body);
        await repos.audit.record({
          aktion: "verweigert",
          objekt: result.error.code,
          objektId: ziel?.id ?? null,
          personId: ziel ? await repos.auditProtokoll.zielPerson(ziel.param, ziel.id) : null,
          details: {
            methode: request.method,
            route: request.routeOptions.url ?? "",
            ...(ziel ? { ziel: ziel.param } : {}),
            ...(objektDerAnfrage(request.params) ? { id: objektDerAnfrage(request.params) } : {}),
          },
        });
      });
    }
    return result;
  }
}
