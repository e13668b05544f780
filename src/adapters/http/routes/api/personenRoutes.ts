import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listFaelle } from "../../../../application/faelle/listFaelle";
import { createKooperationsplan } from "../../../../application/kooperationsplan/createKooperationsplan";
import { createLeistungsberechtigte } from "../../../../application/person/createLeistungsberechtigte";
import { getPersonAkte } from "../../../../application/person/getPersonAkte";
import { recordPotenzialanalyse } from "../../../../application/person/recordPotenzialanalyse";
import { recordTerminvermerk } from "../../../../application/person/recordTerminvermerk";
import { TerminvermerkInputSchema } from "../../../../domain/kooperationsplan/terminvermerk";
import { LeistungsberechtigteInputSchema } from "../../../../domain/person/leistungsberechtigte";
import { PotenzialanalyseInputSchema } from "../../../../domain/potenzialanalyse/potenzialanalyse";
import type { AppDeps } from "../../appDeps";
import { runUseCase } from "../../runUseCase";
import { apiGuard, sendResult } from "./apiGuard";
import { FaelleQuerySchema, PAGE_SIZE, PersonParamsSchema } from "./schemas";

export function personenRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["Personen"];
  api.get(
    "/api/v1/faelle",
    { preHandler: apiGuard, schema: { tags, summary: "Fallübersicht", querystring: FaelleQuerySchema } },
    async (request, reply) => {
      const { suche, status, seite } = request.query;
      const filter = { suche, status, limit: PAGE_SIZE, offset: (seite - 1) * PAGE_SIZE };
      return sendResult(reply, await runUseCase(deps, request, (d) => listFaelle(d, filter)));
    },
  );
  api.post(
    "/api/v1/personen",
    {
      preHandler: apiGuard,
      schema: { tags, summary: "Person aufnehmen", body: LeistungsberechtigteInputSchema },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => createLeistungsberechtigte(d, request.body)),
        201,
      ),
  );
  api.get(
    "/api/v1/personen/:personId",
    { preHandler: apiGuard, schema: { tags, summary: "Akte einer Person", params: PersonParamsSchema } },
    async (request, reply) =>
      sendResult(reply, await runUseCase(deps, request, (d) => getPersonAkte(d, request.params.personId))),
  );
  api.post(
    "/api/v1/personen/:personId/potenzialanalysen",
    {
      preHandler: apiGuard,
      schema: {
        tags,
        summary: "Potenzialanalyse erfassen",
        params: PersonParamsSchema,
        body: PotenzialanalyseInputSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) =>
          recordPotenzialanalyse(d, request.params.personId, request.body),
        ),
        201,
      ),
  );
  api.post(
    "/api/v1/personen/:personId/terminvermerke",
    {
      preHandler: apiGuard,
      schema: {
        tags,
        summary: "Vermerk: Plan nicht besprochen",
        params: PersonParamsSchema,
        body: TerminvermerkInputSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => recordTerminvermerk(d, request.params.personId, request.body)),
        201,
      ),
  );
  api.post(
    "/api/v1/personen/:personId/kooperationsplan",
    {
      preHandler: apiGuard,
      schema: { tags, summary: "Kooperationsplan beginnen (Entwurf, Version 1)", params: PersonParamsSchema },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => createKooperationsplan(d, request.params.personId)),
        201,
      ),
  );
}
