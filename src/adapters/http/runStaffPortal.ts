import type { FastifyRequest } from "fastify";
import type { PortalStaffDeps } from "../../application/portal/ports";
import type { Result } from "../../domain/shared/result";
import type { AppDeps } from "./appDeps";
import { runUseCaseWith } from "./runUseCase";

/** `runUseCase` with the portal repositories in the counsellor's context. */
export const runStaffPortal = <T>(
  deps: AppDeps,
  request: FastifyRequest,
  fn: (d: PortalStaffDeps) => Promise<Result<T>>,
): Promise<Result<T>> => runUseCaseWith(deps, request, (tx, base) => ({ ...base, portal: tx.portal() }), fn);
