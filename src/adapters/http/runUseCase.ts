import type { FastifyRequest } from "fastify";
import type { Actor, UseCaseDeps } from "../../application/ports";
import type { Result } from "../../domain/shared/result";
import type { Sql } from "../db/database";
import { makeRepositories } from "../db/repositories/makeRepositories";
import type { AppDeps } from "./appDeps";

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
  return runUseCaseWith(deps, request, (_sql, base) => base, fn);
}

/** `runUseCase` for use cases that need more than the staff repositories (e.g. the portal's). */
export async function runUseCaseWith<T, D extends UseCaseDeps>(
  deps: AppDeps,
  request: FastifyRequest,
  extend: (sql: Sql, base: UseCaseDeps) => D,
  fn: (ucDeps: D) => Promise<Result<T>>,
): Promise<Result<T>> {
  const actor = request.sitzung?.actor as Actor;
  const context = { jobcenterId: actor.jobcenterId, userId: actor.userId, rolle: actor.rolle };
  try {
    return await deps.db.transaction(context, async (sql) => {
      const base = {
        repos: makeRepositories(sql, actor, deps.clock),
        actor,
        clock: deps.clock,
        ids: deps.ids,
      };
      const result = await fn(extend(sql, base));
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    const result = error.result as Result<T>;
    if (!result.ok && (result.error.code === "nicht_erlaubt" || result.error.code === "nicht_gefunden")) {
      await deps.db.transaction(context, (sql) =>
        makeRepositories(sql, actor, deps.clock).audit.record({
          aktion: "verweigert",
          objekt: result.error.code,
          details: { methode: request.method, route: request.routeOptions.url ?? "" },
        }),
      );
    }
    return result;
  }
}
