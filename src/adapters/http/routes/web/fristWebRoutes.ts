import type { FastifyInstance } from "fastify";
import { aendereFristen } from "../../../../application/kooperationsplan/aendereFristen";
import { parseFristAktion } from "../../../../domain/kooperationsplan/fristen";
import type { AppDeps } from "../../appDeps";
import { runUseCase } from "../../runUseCase";
import { VersionParamsSchema } from "../api/schemas";
import { formWerte } from "./formData";
import { failPage, formContext, sendFehler } from "./html";

/** The preview's actions on stale deadlines: renew one, mark one done, or renew all; back to the preview. */
export function fristWebRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.post("/plaene/:planId/versionen/:nummer/fristen", async (request, reply) => {
    if (!formContext(request, reply)) return reply;
    const params = VersionParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const werte = formWerte(request.body);
    const aktion = parseFristAktion(werte.aktion);
    const lockVersion = Number(werte.lockVersion);
    if (!aktion || !Number.isInteger(lockVersion)) return sendFehler(reply, "validierung");
    const { planId, nummer } = params.data;
    const result = await runUseCase(deps, request, (d) =>
      aendereFristen(d, planId, nummer, aktion, lockVersion),
    );
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/plaene/${planId}/versionen/${nummer}`, 303);
  });
}
