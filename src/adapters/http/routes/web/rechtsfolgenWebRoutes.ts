import { createElement } from "react";
import { lokalerPfad } from "../../lokalerPfad";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { UseCaseDeps } from "../../../../application/ports";
import { decideRechtsfolge } from "../../../../application/rechtsfolgen/decideRechtsfolge";
import { endSchlichtung } from "../../../../application/rechtsfolgen/endSchlichtung";
import { expireSchlichtung } from "../../../../application/rechtsfolgen/expireSchlichtung";
import { getVorschlag } from "../../../../application/rechtsfolgen/getVorschlag";
import { recordAnhoerung } from "../../../../application/rechtsfolgen/recordAnhoerung";
import { recordEreignis } from "../../../../application/rechtsfolgen/recordEreignis";
import { recordU25Angebot } from "../../../../application/rechtsfolgen/recordU25Angebot";
import { startSchlichtung } from "../../../../application/rechtsfolgen/startSchlichtung";
import { today } from "../../../../application/today";
import { IsoDateSchema } from "../../../../domain/shared/isoDate";
import type { Result } from "../../../../domain/shared/result";
import { AnhoerungInputSchema } from "../../../../domain/verbindlichkeit/anhoerung";
import { EntscheidungInputSchema, U25AngebotSchema } from "../../../../domain/verbindlichkeit/entscheidung";
import { EreignisInputSchema } from "../../../../domain/verbindlichkeit/ereignis";
import {
  SchlichtungEndeSchema,
  SchlichtungStartSchema,
} from "../../../../domain/verbindlichkeit/schlichtung";
import { EreignisPage, type EreignisPageProps } from "../../../../web/pages/EreignisPage";
import type { AppDeps } from "../../appDeps";
import { feldFehler, STATUS, type FeldFehler } from "../../problem";
import { runUseCase } from "../../runUseCase";
import {
  EntscheidungParamsSchema,
  EreignisParamsSchema,
  SchlichtungParamsSchema,
} from "../api/rechtsfolgenSchemas";
import { PersonParamsSchema } from "../api/schemas";
import { failPage, formContext, pageContext, sendFehler, sendHtml } from "./html";
import { renderRechtsfolgenSeite } from "./rechtsfolgenSeite";
import { domainFehler, istJa, mitPrefix, teilForm, zurueck } from "./teilForm";

type Fehler = { errors: FeldFehler[]; meldung?: string };
const abgelehnt = <T>(r: Result<T>): r is Extract<Result<T>, { ok: false }> =>
  !r.ok && r.error.code !== "nicht_erlaubt" && r.error.code !== "nicht_gefunden";

/** Person page of obligations and consequences, Schlichtung, events, hearings, proposal and decision. */
export function rechtsfolgenWebRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get("/personen/:personId/rechtsfolgen", async (request, reply) => {
    const params = PersonParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    return renderRechtsfolgenSeite(deps, request, reply, params.data.personId);
  });

  /** A form on the person page: parse its prefixed fields, run the use case, redirect or re-render. */
  function personForm<T, I>(
    prefix: string,
    parse: (
      werte: Record<string, string>,
    ) => { success: true; data: I } | { success: false; error: { issues: Parameters<typeof feldFehler>[0] } },
    run: (d: UseCaseDeps, personId: string, input: I) => Promise<Result<T>>,
    ziel: (personId: string, value: T) => string,
  ) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const ctx = formContext(request, reply);
      if (!ctx) return reply;
      const params = PersonParamsSchema.safeParse(request.params);
      if (!params.success) return sendFehler(reply, "nicht_gefunden");
      const personId = params.data.personId;
      const werte = teilForm(request.body, prefix);
      const rerender = (status: number, f: Fehler) =>
        renderRechtsfolgenSeite(
          deps,
          request,
          reply,
          personId,
          { ...f, werte: zurueck(werte, prefix) },
          status,
        );
      const parsed = parse(werte);
      if (!parsed.success)
        return rerender(400, { errors: mitPrefix(feldFehler(parsed.error.issues), prefix) });
      const result = await runUseCase(deps, request, (d) => run(d, personId, parsed.data));
      if (abgelehnt(result)) return rerender(STATUS[result.error.code], domainFehler(result.error, prefix));
      if (failPage(reply, result)) return reply;
      return reply.redirect(ziel(personId, result.value), 303);
    };
  }

  app.post(
    "/personen/:personId/schlichtungen",
    personForm(
      "schlichtung",
      (w) => SchlichtungStartSchema.safeParse(w),
      startSchlichtung,
      (p) => `/personen/${p}/rechtsfolgen#schlichtung`,
    ),
  );
  app.post(
    "/personen/:personId/ereignisse",
    personForm(
      "ereignis",
      (w) =>
        EreignisInputSchema.safeParse({
          ...w,
          briefId: w.briefId ?? null,
          rechtsfolgenbelehrung: istJa(w.rechtsfolgenbelehrung),
          weigerungErklaert: istJa(w.weigerungErklaert),
        }),
      recordEreignis,
      (_, e) => `/ereignisse/${e.id}`,
    ),
  );

  async function schlichtungAktion(request: FastifyRequest, reply: FastifyReply, ablauf: boolean) {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = SchlichtungParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const werte = teilForm(request.body, "ende");
    const parsed = SchlichtungEndeSchema.safeParse({
      ...werte,
      am: ablauf ? today(deps.clock) : werte.am,
      einigung: werte.einigung === "ja",
    });
    if (!parsed.success) return sendFehler(reply, "validierung");
    const id = params.data.schlichtungId;
    const result = await runUseCase(deps, request, (d) =>
      ablauf ? expireSchlichtung(d, id, "") : endSchlichtung(d, id, parsed.data),
    );
    if (abgelehnt(result)) return sendFehler(reply, result.error.code);
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/personen/${result.value.personId}/rechtsfolgen#schlichtung`, 303);
  }
  app.post("/schlichtungen/:schlichtungId/ende", (request, reply) =>
    schlichtungAktion(request, reply, false),
  );
  app.post("/schlichtungen/:schlichtungId/ablauf", (request, reply) =>
    schlichtungAktion(request, reply, true),
  );

  async function ereignisSeite(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<EreignisPageProps> = {},
    status = 200,
  ) {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const params = EreignisParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const q = IsoDateSchema.safeParse((request.query as Record<string, unknown>).feststellung);
    const heute = today(deps.clock);
    const feststellung = q.success ? q.data : heute;
    const result = await runUseCase(deps, request, (d) =>
      getVorschlag(d, params.data.ereignisId, feststellung),
    );
    if (failPage(reply, result)) return reply;
    return sendHtml(
      reply,
      createElement(EreignisPage, {
        ...ctx,
        v: result.value,
        feststellung: result.value.fall.feststellung,
        heute,
        ...extra,
      }),
      status,
    );
  }
  app.get("/ereignisse/:ereignisId", (request, reply) => ereignisSeite(request, reply));

  function ereignisForm<T, I>(
    prefix: string,
    parse: (
      werte: Record<string, string>,
    ) => { success: true; data: I } | { success: false; error: { issues: Parameters<typeof feldFehler>[0] } },
    run: (d: UseCaseDeps, ereignisId: string, input: I) => Promise<Result<T>>,
  ) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const ctx = formContext(request, reply);
      if (!ctx) return reply;
      const params = EreignisParamsSchema.safeParse(request.params);
      if (!params.success) return sendFehler(reply, "nicht_gefunden");
      const id = params.data.ereignisId;
      const werte = teilForm(request.body, prefix);
      const rerender = (status: number, f: Fehler) =>
        ereignisSeite(request, reply, { ...f, werte: zurueck(werte, prefix) }, status);
      const parsed = parse(werte);
      if (!parsed.success)
        return rerender(400, { errors: mitPrefix(feldFehler(parsed.error.issues), prefix) });
      const result = await runUseCase(deps, request, (d) => run(d, id, parsed.data));
      if (abgelehnt(result)) return rerender(STATUS[result.error.code], domainFehler(result.error, prefix));
      if (failPage(reply, result)) return reply;
      return reply.redirect(`/ereignisse/${id}#${prefix}`, 303);
    };
  }

  app.post(
    "/ereignisse/:ereignisId/anhoerungen",
    ereignisForm(
      "anhoerung",
      (w) =>
        AnhoerungInputSchema.safeParse({
          ...w,
          persoenlichVerlangt: istJa(w.persoenlichVerlangt),
          wichtigerGrund: istJa(w.wichtigerGrund),
          haerte: istJa(w.haerte),
        }),
      recordAnhoerung,
    ),
  );
  app.post(
    "/ereignisse/:ereignisId/entscheidung",
    ereignisForm("entscheidung", (w) => EntscheidungInputSchema.safeParse(w), decideRechtsfolge),
  );

  app.post("/entscheidungen/:entscheidungId/u25-angebot", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = EntscheidungParamsSchema.safeParse(request.params);
    const parsed = U25AngebotSchema.safeParse(teilForm(request.body, "u25"));
    if (!params.success || !parsed.success) return sendFehler(reply, "validierung");
    const result = await runUseCase(deps, request, (d) =>
      recordU25Angebot(d, params.data.entscheidungId, parsed.data.am),
    );
    if (failPage(reply, result)) return reply;
    return reply.redirect(lokalerPfad(request.headers.referer, "/faelle", request.host), 303);
  });
}
