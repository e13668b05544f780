import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AngebotInputSchema } from "../../../../application/angebote/angebotInput";
import { getBudgetStand } from "../../../../application/angebote/getBudgetStand";
import { listAngebote } from "../../../../application/angebote/listAngebote";
import { saveAngebot } from "../../../../application/angebote/saveAngebot";
import type { AppDeps } from "../../appDeps";
import { runUseCase } from "../../runUseCase";
import { apiGuard, sendResult } from "./apiGuard";
import { UuidSchema } from "./schemas";

const AngebotParamsSchema = z.object({ angebotId: UuidSchema });

/** The jobcentre's offer catalogue with budgets: everybody reads, team leads write (audited). */
export function angebotRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["Förderangebote"];
  api.get(
    "/api/v1/angebote",
    { preHandler: apiGuard, schema: { tags, summary: "Förderangebote des Jobcenters mit Restbudget" } },
    async (request, reply) => sendResult(reply, await runUseCase(deps, request, (d) => listAngebote(d))),
  );
  api.get(
    "/api/v1/angebote/budget",
    {
      preHandler: apiGuard,
      schema: { tags, summary: "Budget je Förderangebot: gebunden durch vereinbarte Pläne, verbleibend" },
    },
    async (request, reply) => sendResult(reply, await runUseCase(deps, request, (d) => getBudgetStand(d))),
  );
  api.post(
    "/api/v1/angebote",
    {
      preHandler: apiGuard,
      schema: { tags, summary: "Förderangebot anlegen (Teamleitung)", body: AngebotInputSchema },
    },
    async (request, reply) =>
      sendResult(reply, await runUseCase(deps, request, (d) => saveAngebot(d, null, request.body)), 201),
  );
  api.put(
    "/api/v1/angebote/:angebotId",
    {
      preHandler: apiGuard,
      schema: {
        tags,
        summary: "Förderangebot ändern (Teamleitung)",
        params: AngebotParamsSchema,
        body: AngebotInputSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => saveAngebot(d, request.params.angebotId, request.body)),
      ),
  );
}
