import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listRegeln } from "../../../../application/rechtsfolgen/listRegeln";
import {
  RegelOverrideInputSchema,
  setRegelOverride,
} from "../../../../application/rechtsfolgen/setRegelOverride";
import type { AppDeps } from "../../appDeps";
import { problem, sendProblem } from "../../problem";
import { runUseCase } from "../../runUseCase";
import { apiGuard, sendResult } from "./apiGuard";

/** Rule corrections of S/U parameters per jobcentre (team lead writes; every change audited). */
export function regelRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["Rechtsfolgen"];
  api.get(
    "/api/v1/regeln",
    {
      preHandler: apiGuard,
      schema: { tags, summary: "Regeln mit Norm, Kennzeichen, Standard und Korrektur" },
    },
    async (request, reply) => sendResult(reply, await runUseCase(deps, request, (d) => listRegeln(d))),
  );
  api.post(
    "/api/v1/regeln",
    {
      preHandler: apiGuard,
      schema: { tags, summary: "Regel mit Kennzeichen S oder U korrigieren", body: RegelOverrideInputSchema },
    },
    async (request, reply) => {
      const r = await runUseCase(deps, request, (d) => setRegelOverride(d, request.body));
      if (r.ok) return reply.code(200).send({ ok: true });
      if (r.error.code !== "rechtsfolgen.regel_ungueltig") return sendProblem(reply, problem(r.error.code));
      const fehler = "fehler" in r.error && Array.isArray(r.error.fehler) ? r.error.fehler : [];
      return sendProblem(
        reply,
        problem(
          r.error.code,
          fehler.map((f: { feld: string; meldung: string }) => ({
            feld: f.feld,
            code: "ungueltig" as const,
            meldung: f.meldung,
          })),
        ),
      );
    },
  );
}
