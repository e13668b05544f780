import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { hebeAnmeldesperreAuf, listAnmeldesperren } from "../../../../application/auth/anmeldesperren";
import type { UseCaseDeps } from "../../../../application/ports";
import type { FachkraftTransaktion } from "../../../../application/transaktionen";
import type { AppDeps } from "../../appDeps";
import { runUseCaseWith } from "../../runUseCase";
import { apiGuard, sendResult } from "./apiGuard";

const KontoParams = z.object({ kontoId: z.uuid() });

/** The administration lists and lifts lockouts after too many failed logins (ADR 0014; audited). */
export function anmeldesperreRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["Anmeldung"];
  const mitSperren = (tx: FachkraftTransaktion, base: UseCaseDeps) => ({
    ...base,
    anmeldesperren: tx.anmeldesperren(),
  });
  api.get(
    "/api/v1/anmeldesperren",
    { preHandler: apiGuard, schema: { tags, summary: "Gesperrte Anmeldungen des Jobcenters" } },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCaseWith(deps, request, mitSperren, (d) => listAnmeldesperren(d)),
        200,
        (sperren) => ({ sperren }),
      ),
  );
  api.delete(
    "/api/v1/anmeldesperren/:kontoId",
    {
      preHandler: apiGuard,
      schema: { tags, summary: "Anmeldesperre eines Kontos aufheben", params: KontoParams },
    },
    async (request, reply) => {
      const r = await runUseCaseWith(deps, request, mitSperren, (d) =>
        hebeAnmeldesperreAuf(d, request.params.kontoId),
      );
      if (!r.ok) return sendResult(reply, r);
      return reply.code(204).send();
    },
  );
}
