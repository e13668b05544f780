import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createEinladung } from "../../../../application/rechtsfolgen/createEinladung";
import { decideRechtsfolge } from "../../../../application/rechtsfolgen/decideRechtsfolge";
import { endSchlichtung } from "../../../../application/rechtsfolgen/endSchlichtung";
import { expireSchlichtung } from "../../../../application/rechtsfolgen/expireSchlichtung";
import { getBrief } from "../../../../application/rechtsfolgen/getBrief";
import { getVorschlag } from "../../../../application/rechtsfolgen/getVorschlag";
import { getZeitleiste } from "../../../../application/rechtsfolgen/getZeitleiste";
import { markBriefVersandt } from "../../../../application/rechtsfolgen/markBriefVersandt";
import { prepareBrief } from "../../../../application/rechtsfolgen/prepareBrief";
import { recordAnhoerung } from "../../../../application/rechtsfolgen/recordAnhoerung";
import { recordEreignis } from "../../../../application/rechtsfolgen/recordEreignis";
import { recordU25Angebot } from "../../../../application/rechtsfolgen/recordU25Angebot";
import { startSchlichtung } from "../../../../application/rechtsfolgen/startSchlichtung";
import { today } from "../../../../application/today";
import { AnhoerungInputSchema } from "../../../../domain/verbindlichkeit/anhoerung";
import {
  BriefVorbereitenSchema,
  EinladungSchema,
  VersandSchema,
} from "../../../../domain/verbindlichkeit/brief";
import { EntscheidungInputSchema, U25AngebotSchema } from "../../../../domain/verbindlichkeit/entscheidung";
import { EreignisInputSchema } from "../../../../domain/verbindlichkeit/ereignis";
import {
  SchlichtungEndeSchema,
  SchlichtungStartSchema,
} from "../../../../domain/verbindlichkeit/schlichtung";
import type { AppDeps } from "../../appDeps";
import { runUseCase } from "../../runUseCase";
import { sendBriefPdf } from "../sendBriefPdf";
import { apiGuard, sendResult } from "./apiGuard";
import {
  AblaufSchema,
  BriefParamsSchema,
  EntscheidungParamsSchema,
  EreignisParamsSchema,
  SchlichtungParamsSchema,
  SchrittParamsSchema,
  VorschlagQuerySchema,
} from "./rechtsfolgenSchemas";
import { PersonParamsSchema } from "./schemas";

/** JSON API of issue 4: letters, Schlichtung, events, hearings, proposal, decision, timeline. */
export function rechtsfolgenRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["Rechtsfolgen"];
  const pre = { preHandler: apiGuard };
  api.post(
    "/api/v1/kooperationsplaene/:planId/versionen/:nummer/schritte/:schrittId/briefe",
    {
      ...pre,
      schema: {
        tags,
        summary: "Aufforderung oder Verpflichtung aus einem Schritt vorbereiten",
        params: SchrittParamsSchema,
        body: BriefVorbereitenSchema,
      },
    },
    async (request, reply) => {
      const { planId, nummer, schrittId } = request.params;
      const r = await runUseCase(deps, request, (d) =>
        prepareBrief(d, planId, nummer, schrittId, request.body),
      );
      return sendResult(reply, r, 201);
    },
  );
  api.post(
    "/api/v1/personen/:personId/einladungen",
    {
      ...pre,
      schema: {
        tags,
        summary: "Einladung zum Gespräch (§ 15 Abs. 4 a. F.)",
        params: PersonParamsSchema,
        body: EinladungSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => createEinladung(d, request.params.personId, request.body)),
        201,
      ),
  );
  api.get(
    "/api/v1/briefe/:briefId",
    { ...pre, schema: { tags, summary: "Schreiben lesen", params: BriefParamsSchema } },
    async (request, reply) =>
      sendResult(reply, await runUseCase(deps, request, (d) => getBrief(d, request.params.briefId))),
  );
  api.get(
    "/api/v1/briefe/:briefId/pdf",
    { ...pre, schema: { tags, summary: "Schreiben als PDF/UA", params: BriefParamsSchema } },
    async (request, reply) => sendBriefPdf(reply, deps, request, request.params.briefId),
  );
  api.post(
    "/api/v1/briefe/:briefId/versand",
    {
      ...pre,
      schema: { tags, summary: "Als versandt markieren", params: BriefParamsSchema, body: VersandSchema },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => markBriefVersandt(d, request.params.briefId, request.body.am)),
      ),
  );
  api.post(
    "/api/v1/personen/:personId/schlichtungen",
    {
      ...pre,
      schema: {
        tags,
        summary: "Schlichtungsverfahren beginnen (nur bis 30.6.2026)",
        params: PersonParamsSchema,
        body: SchlichtungStartSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => startSchlichtung(d, request.params.personId, request.body)),
        201,
      ),
  );
  api.post(
    "/api/v1/schlichtungen/:schlichtungId/ende",
    {
      ...pre,
      schema: {
        tags,
        summary: "Schlichtung beenden",
        params: SchlichtungParamsSchema,
        body: SchlichtungEndeSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => endSchlichtung(d, request.params.schlichtungId, request.body)),
      ),
  );
  api.post(
    "/api/v1/schlichtungen/:schlichtungId/ablauf",
    {
      ...pre,
      schema: {
        tags,
        summary: "Ende nach vier Wochen eintragen",
        params: SchlichtungParamsSchema,
        body: AblaufSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) =>
          expireSchlichtung(d, request.params.schlichtungId, request.body.ergebnis),
        ),
      ),
  );
  api.post(
    "/api/v1/personen/:personId/ereignisse",
    {
      ...pre,
      schema: {
        tags,
        summary: "Pflichtverletzung, Meldeversäumnis oder Arbeitsverweigerung erfassen",
        params: PersonParamsSchema,
        body: EreignisInputSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => recordEreignis(d, request.params.personId, request.body)),
        201,
      ),
  );
  api.post(
    "/api/v1/ereignisse/:ereignisId/anhoerungen",
    {
      ...pre,
      schema: {
        tags,
        summary: "Anhörung (§ 24 SGB X) erfassen",
        params: EreignisParamsSchema,
        body: AnhoerungInputSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => recordAnhoerung(d, request.params.ereignisId, request.body)),
        201,
      ),
  );
  api.get(
    "/api/v1/ereignisse/:ereignisId/vorschlag",
    {
      ...pre,
      schema: {
        tags,
        summary: "Berechneter Vorschlag mit Normen",
        params: EreignisParamsSchema,
        querystring: VorschlagQuerySchema,
      },
    },
    async (request, reply) => {
      const feststellung = request.query.feststellung ?? today(deps.clock);
      const r = await runUseCase(deps, request, (d) =>
        getVorschlag(d, request.params.ereignisId, feststellung),
      );
      return sendResult(reply, r, 200, (v) => ({
        fall: v.fall,
        vorschlag: v.vorschlag,
        entscheidung: v.entscheidung,
      }));
    },
  );
  api.post(
    "/api/v1/ereignisse/:ereignisId/entscheidung",
    {
      ...pre,
      schema: {
        tags,
        summary: "Entscheiden (festgestellt / nicht festgestellt)",
        params: EreignisParamsSchema,
        body: EntscheidungInputSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => decideRechtsfolge(d, request.params.ereignisId, request.body)),
        201,
      ),
  );
  api.post(
    "/api/v1/entscheidungen/:entscheidungId/u25-angebot",
    {
      ...pre,
      schema: {
        tags,
        summary: "Beratungsangebot unter 25 eintragen (§ 31a Abs. 6)",
        params: EntscheidungParamsSchema,
        body: U25AngebotSchema,
      },
    },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) =>
          recordU25Angebot(d, request.params.entscheidungId, request.body.am),
        ),
      ),
  );
  api.get(
    "/api/v1/personen/:personId/zeitleiste",
    { ...pre, schema: { tags, summary: "Zeitleiste mit Fristen", params: PersonParamsSchema } },
    async (request, reply) =>
      sendResult(
        reply,
        await runUseCase(deps, request, (d) => getZeitleiste(d, request.params.personId)),
        200,
        (z) => ({
          eintraege: z.eintraege,
          erinnerungen: z.erinnerungen,
          rechtsstandHeute: z.rechtsstandHeute,
        }),
      ),
  );
}
