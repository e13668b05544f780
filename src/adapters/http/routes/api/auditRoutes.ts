import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { exportAuditCsv } from "../../../../application/audit/exportAuditCsv";
import { listAuditJobcenter } from "../../../../application/audit/listAuditJobcenter";
import type { AuditSeite } from "../../../../application/audit/ports";
import { listZugriffsprotokoll } from "../../../../application/person/listZugriffsprotokoll";
import { AuditFilterSchema, AuditSeiteQuerySchema } from "../../../../domain/audit/auditFilter";
import { encodeCursor } from "../../../../domain/audit/auditSeite";
import type { AppDeps } from "../../appDeps";
import { problem, sendProblem } from "../../problem";
import { runUseCase } from "../../runUseCase";
import { sendAuditCsv } from "../sendAuditCsv";
import { apiGuard, sendResult } from "./apiGuard";
import { PersonParamsSchema } from "./schemas";

/** One page and the token of the next one (pass it as `nach`). */
const presentSeite = (s: AuditSeite) => ({
  eintraege: s.eintraege,
  naechsteSeite: s.naechste ? encodeCursor(s.naechste) : null,
});

/** The access log of one person and the data-protection officer's jobcentre-wide audit (ADR 0011). */
export function auditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["Zugriffsprotokoll"];
  api.get(
    "/api/v1/personen/:personId/protokoll",
    {
      preHandler: apiGuard,
      schema: {
        tags,
        summary: "Zugriffsprotokoll einer Person (Teamleitung, Datenschutz), seitenweise",
        params: PersonParamsSchema,
        querystring: AuditSeiteQuerySchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) =>
          listZugriffsprotokoll(d, request.params.personId, request.query.nach ?? null),
        ),
        200,
        presentSeite,
      ),
  );
  api.get(
    "/api/v1/zugriffsprotokoll",
    {
      preHandler: apiGuard,
      schema: {
        tags,
        summary: "Zugriffsprotokoll des Jobcenters (Datenschutz), gefiltert und seitenweise",
        querystring: AuditFilterSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => listAuditJobcenter(d, request.query)),
        200,
        presentSeite,
      ),
  );
  api.get(
    "/api/v1/zugriffsprotokoll/csv",
    {
      preHandler: apiGuard,
      schema: {
        tags,
        summary: "Zugriffsprotokoll des Jobcenters als CSV (alle Einträge zum Filter)",
        querystring: AuditFilterSchema,
      },
    },
    async (request, reply) => {
      const result = await runUseCase(deps, request, (d) => exportAuditCsv(d, request.query));
      if (!result.ok) return sendProblem(reply, problem(result.error.code));
      return sendAuditCsv(reply, result);
    },
  );
}
