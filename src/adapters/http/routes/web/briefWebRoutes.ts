import { createElement } from "react";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { getPlanVersion } from "../../../../application/kooperationsplan/getPlanVersion";
import { createEinladung } from "../../../../application/rechtsfolgen/createEinladung";
import { getBrief } from "../../../../application/rechtsfolgen/getBrief";
import { markBriefVersandt } from "../../../../application/rechtsfolgen/markBriefVersandt";
import { prepareBrief } from "../../../../application/rechtsfolgen/prepareBrief";
import { today } from "../../../../application/today";
import { addDays, compareIsoDate } from "../../../../domain/shared/isoDate";
import {
  BriefVorbereitenSchema,
  EinladungSchema,
  VersandSchema,
} from "../../../../domain/verbindlichkeit/brief";
import { BriefPage, type BriefPageProps } from "../../../../web/pages/BriefPage";
import { BriefVorbereitenPage } from "../../../../web/pages/BriefVorbereitenPage";
import type { AppDeps } from "../../appDeps";
import { feldFehler, STATUS } from "../../problem";
import { runUseCase } from "../../runUseCase";
import { BriefParamsSchema, SchrittParamsSchema } from "../api/rechtsfolgenSchemas";
import { PersonParamsSchema } from "../api/schemas";
import { sendBriefPdf } from "../sendBriefPdf";
import { blankToUndefined, formWerte } from "./formData";
import { failPage, formContext, pageContext, sendFehler, sendHtml } from "./html";
import { renderRechtsfolgenSeite } from "./rechtsfolgenSeite";
import { domainFehler, istJa, mitPrefix, teilForm, zurueck } from "./teilForm";

/** Pages to prepare a letter from a step, show it, download it, mark it sent, and invite to a conversation. */
export function briefWebRoutes(app: FastifyInstance, deps: AppDeps): void {
  const schrittUrl = "/plaene/:planId/versionen/:nummer/schritte/:schrittId/brief";

  async function vorbereiten(
    request: FastifyRequest,
    reply: FastifyReply,
    werte: Record<string, string>,
    extra: { status?: number; errors?: ReturnType<typeof feldFehler>; meldung?: string } = {},
  ) {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const params = SchrittParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const { planId, nummer, schrittId } = params.data;
    // The form shows the person's plan step: a read of person data, audited (getPlanVersion).
    const loaded = await runUseCase(deps, request, (d) => getPlanVersion(d, planId, nummer));
    if (failPage(reply, loaded)) return reply;
    const schritt = loaded.value.version.inhalt.schritte.find((s) => s.id === schrittId);
    if (!schritt) return sendFehler(reply, "nicht_gefunden");
    const heute = today(deps.clock);
    const art = werte.art === "aufforderung" ? "aufforderung" : "verpflichtung";
    const datum = werte.datum ?? (art === "aufforderung" && heute >= "2026-07-01" ? "" : heute);
    const frist =
      werte.frist ??
      (schritt.frist && compareIsoDate(schritt.frist, heute) >= 0 ? schritt.frist : addDays(heute, 14));
    return sendHtml(
      reply,
      createElement(BriefVorbereitenPage, {
        ...ctx,
        personId: loaded.value.akte.personId,
        art,
        schritt,
        action: request.url.split("?")[0] ?? "",
        werte: { datum, frist, nachweis: werte.nachweis ?? "" },
        errors: extra.errors,
        meldung: extra.meldung,
      }),
      extra.status ?? 200,
    );
  }

  app.get(schrittUrl, async (request, reply) => vorbereiten(request, reply, formWerte(request.query)));

  app.post(schrittUrl, async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = SchrittParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const werte = formWerte(request.body);
    const parsed = BriefVorbereitenSchema.safeParse(blankToUndefined(werte));
    if (!parsed.success)
      return vorbereiten(request, reply, werte, { status: 400, errors: feldFehler(parsed.error.issues) });
    const { planId, nummer, schrittId } = params.data;
    const result = await runUseCase(deps, request, (d) =>
      prepareBrief(d, planId, nummer, schrittId, parsed.data),
    );
    if (!result.ok && result.error.code !== "nicht_erlaubt" && result.error.code !== "nicht_gefunden") {
      const { errors, meldung } = domainFehler(result.error);
      return vorbereiten(request, reply, werte, { status: STATUS[result.error.code], errors, meldung });
    }
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/briefe/${result.value.id}`, 303);
  });

  async function briefSeite(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<BriefPageProps> = {},
    status = 200,
  ) {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const params = BriefParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const result = await runUseCase(deps, request, (d) => getBrief(d, params.data.briefId));
    if (failPage(reply, result)) return reply;
    return sendHtml(
      reply,
      createElement(BriefPage, { ...ctx, dokument: result.value, heute: today(deps.clock), ...extra }),
      status,
    );
  }

  app.get("/briefe/:briefId", (request, reply) => briefSeite(request, reply));

  app.get("/briefe/:briefId/pdf", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const params = BriefParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    return sendBriefPdf(reply, deps, request, params.data.briefId);
  });

  app.post("/briefe/:briefId/versand", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = BriefParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const parsed = VersandSchema.safeParse(formWerte(request.body));
    if (!parsed.success) return briefSeite(request, reply, { errors: feldFehler(parsed.error.issues) }, 400);
    const result = await runUseCase(deps, request, (d) =>
      markBriefVersandt(d, params.data.briefId, parsed.data.am),
    );
    if (!result.ok && result.error.code !== "nicht_erlaubt" && result.error.code !== "nicht_gefunden") {
      return briefSeite(request, reply, domainFehler(result.error), STATUS[result.error.code]);
    }
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/briefe/${params.data.briefId}`, 303);
  });

  app.post("/personen/:personId/einladungen", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = PersonParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const werte = teilForm(request.body, "einladung");
    const input = {
      ...werte,
      ersteEinladung: istJa(werte.ersteEinladung),
      mitRechtsfolgenbelehrung: istJa(werte.mitRechtsfolgenbelehrung),
    };
    const parsed = EinladungSchema.safeParse(input);
    const rerender = (status: number, fehler: { errors: ReturnType<typeof feldFehler>; meldung?: string }) =>
      renderRechtsfolgenSeite(
        deps,
        request,
        reply,
        params.data.personId,
        { ...fehler, werte: zurueck(werte, "einladung") },
        status,
      );
    if (!parsed.success)
      return rerender(400, { errors: mitPrefix(feldFehler(parsed.error.issues), "einladung") });
    const result = await runUseCase(deps, request, (d) =>
      createEinladung(d, params.data.personId, parsed.data),
    );
    if (!result.ok && result.error.code !== "nicht_erlaubt" && result.error.code !== "nicht_gefunden")
      return rerender(STATUS[result.error.code], domainFehler(result.error, "einladung"));
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/briefe/${result.value.id}`, 303);
  });
}
