import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { abstimmenUndUebergeben } from "../../../../application/kooperationsplan/abstimmenUndUebergeben";
import { exportPlanPdf } from "../../../../application/kooperationsplan/exportPlanPdf";
import { getPlanVersion } from "../../../../application/kooperationsplan/getPlanVersion";
import { saveEntwurf } from "../../../../application/kooperationsplan/saveEntwurf";
import { startFortschreibung } from "../../../../application/kooperationsplan/startFortschreibung";
import type { AppDeps } from "../../appDeps";
import { runUseCase } from "../../runUseCase";
import { apiGuard, sendResult } from "./apiGuard";
import { beendePlan } from "../../../../application/kooperationsplan/beendePlan";
import { BeendigungSchema } from "../../../../domain/kooperationsplan/beendigung";
import { AbstimmenSchema, EntwurfSpeichernSchema, PlanParamsSchema, VersionParamsSchema } from "./schemas";
import { sendPdf } from "../sendPdf";

export function planRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["Kooperationsplan"];
  const base = "/api/v1/kooperationsplaene/:planId/versionen/:nummer";
  api.get(
    base,
    {
      preHandler: apiGuard,
      schema: { tags, summary: "Version mit Änderungen zur vorherigen", params: VersionParamsSchema },
    },
    async (request, reply) => {
      const { planId, nummer } = request.params;
      const result = await runUseCase(deps, request, (d) => getPlanVersion(d, planId, nummer));
      return sendResult(reply, result, 200, (v) => ({
        version: v.version,
        aenderungen: v.aenderungen,
        personId: v.akte.personId,
      }));
    },
  );
  api.put(
    base,
    {
      preHandler: apiGuard,
      schema: {
        tags,
        summary: "Entwurf speichern",
        params: VersionParamsSchema,
        body: EntwurfSpeichernSchema,
      },
    },
    async (request, reply) => {
      const { planId, nummer } = request.params;
      const { inhalt, lockVersion, bereichBestaetigt } = request.body;
      return sendResult(
        reply,
        await runUseCase(deps, request, (d) =>
          saveEntwurf(d, planId, nummer, inhalt, lockVersion, bereichBestaetigt),
        ),
      );
    },
  );
  api.post(
    `${base}/abstimmung`,
    {
      preHandler: apiGuard,
      schema: {
        tags,
        summary: "Abstimmen und in Textform übergeben",
        params: VersionParamsSchema,
        body: AbstimmenSchema,
      },
    },
    async (request, reply) => {
      const { planId, nummer } = request.params;
      const { lockVersion, ...rest } = request.body;
      const input = { ...rest, expectedLockVersion: lockVersion };
      return sendResult(
        reply,
        await runUseCase(deps, request, (d) => abstimmenUndUebergeben(d, planId, nummer, input)),
      );
    },
  );
  api.post(
    "/api/v1/kooperationsplaene/:planId/fortschreibung",
    {
      preHandler: apiGuard,
      schema: { tags, summary: "Fortschreibung beginnen (neuer Entwurf)", params: PlanParamsSchema },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => startFortschreibung(d, request.params.planId)),
        201,
      ),
  );
  api.post(
    "/api/v1/kooperationsplaene/:planId/beendigung",
    {
      preHandler: apiGuard,
      schema: {
        tags,
        summary: "Plan beenden (gibt das gebundene Budget frei)",
        params: PlanParamsSchema,
        body: BeendigungSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => beendePlan(d, request.params.planId, request.body)),
      ),
  );
  api.get(
    `${base}/pdf`,
    { preHandler: apiGuard, schema: { tags, summary: "Plan als PDF/UA", params: VersionParamsSchema } },
    async (request, reply) => {
      const { planId, nummer } = request.params;
      return sendPdf(
        reply,
        await runUseCase(deps, request, (d) => exportPlanPdf(d, deps.pdf, planId, nummer)),
      );
    },
  );
}
