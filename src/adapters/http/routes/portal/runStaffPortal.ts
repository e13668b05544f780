import type { FastifyRequest } from "fastify";
import type { PortalStaffDeps } from "../../../../application/portal/ports";
import type { Actor } from "../../../../application/ports";
import type { Result } from "../../../../domain/shared/result";
import { makeRepositories } from "../../../db/repositories/makeRepositories";
import { portalRepositories } from "../../../db/repositories/portalRepositories";
import type { AppDeps } from "../../appDeps";

class Rollback extends Error {
  constructor(readonly result: Result<unknown>) {
    super("rollback");
  }
}

/** `runUseCase` for staff use cases that also need the portal repositories. */
export async function runStaffPortal<T>(
  deps: AppDeps,
  request: FastifyRequest,
  fn: (d: PortalStaffDeps) => Promise<Result<T>>,
): Promise<Result<T>> {
  const actor = request.sitzung?.actor as Actor;
  const context = { jobcenterId: actor.jobcenterId, userId: actor.userId, rolle: actor.rolle };
  try {
    return await deps.db.transaction(context, async (sql) => {
      const result = await fn({
        repos: makeRepositories(sql, actor),
        portal: portalRepositories(sql, { ...context, personId: null }),
        actor,
        clock: deps.clock,
        ids: deps.ids,
      });
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    const result = error.result as Result<T>;
    if (!result.ok && (result.error.code === "nicht_erlaubt" || result.error.code === "nicht_gefunden"))
      await deps.db.transaction(context, (sql) =>
        makeRepositories(sql, actor).audit.record({
          aktion: "verweigert",
          objekt: result.error.code,
          details: { methode: request.method, route: request.routeOptions.url ?? "" },
        }),
      );
    return result;
  }
}
