import type { FastifyRequest } from "fastify";
import type { PortalStaffDeps } from "../../application/portal/ports";
import type { Result } from "../../domain/shared/result";
import { portalRepositories } from "../db/repositories/portalRepositories";
import type { AppDeps } from "./appDeps";
import { runUseCaseWith } from "./runUseCase";

/** `runUseCase` with the portal repositories in the counsellor's context. */
export const runStaffPortal = <T>(
  deps: AppDeps,
  request: FastifyRequest,
  fn: (d: PortalStaffDeps) => Promise<Result<T>>,
): Promise<Result<T>> =>
  runUseCaseWith(
    deps,
    request,
    (sql, base) => ({
      ...base,
      portal: portalRepositories(
        sql,
        {
          jobcenterId: base.actor.jobcenterId,
          userId: base.actor.userId,
          rolle: base.actor.rolle,
          personId: null,
        },
        base.clock,
      ),
    }),
    fn,
  );
