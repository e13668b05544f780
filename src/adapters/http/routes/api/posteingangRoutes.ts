import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getPosteingang } from "../../../../application/posteingang/getPosteingang";
import { markierePosteingangErledigt } from "../../../../application/posteingang/markierePosteingangErledigt";
import { PosteingangErledigtSchema } from "../../../../domain/posteingang/posteingang";
import type { AppDeps } from "../../appDeps";
import { runUseCase } from "../../runUseCase";
import { apiGuard, sendResult } from "./apiGuard";

/** The inbox (Posteingang) as JSON: read it, mark an item done. */
export function posteingangRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["Posteingang"];
  api.get(
    "/api/v1/eingang",
    { preHandler: apiGuard, schema: { tags, summary: "Posteingang (Teamleitung: des Teams)" } },
    async (request, reply) => sendResult(reply, await runUseCase(deps, request, (d) => getPosteingang(d))),
  );
  api.post(
    "/api/v1/eingang/erledigt",
    {
      preHandler: apiGuard,
      schema: { tags, summary: "Eintrag als erledigt markieren", body: PosteingangErledigtSchema },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => markierePosteingangErledigt(d, request.body)),
        201,
      ),
  );
}
