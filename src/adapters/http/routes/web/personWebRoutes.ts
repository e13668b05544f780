import { createElement } from "react";
import type { FastifyInstance } from "fastify";
import { listFaelle } from "../../../../application/faelle/listFaelle";
import { createKooperationsplan } from "../../../../application/kooperationsplan/createKooperationsplan";
import { createLeistungsberechtigte } from "../../../../application/person/createLeistungsberechtigte";
import { getPersonAkte } from "../../../../application/person/getPersonAkte";
import { recordPotenzialanalyse } from "../../../../application/person/recordPotenzialanalyse";
import { recordTerminvermerk } from "../../../../application/person/recordTerminvermerk";
import { getZeitleiste } from "../../../../application/rechtsfolgen/getZeitleiste";
import { today } from "../../../../application/today";
import { TerminvermerkInputSchema } from "../../../../domain/kooperationsplan/terminvermerk";
import { LeistungsberechtigteInputSchema } from "../../../../domain/person/leistungsberechtigte";
import { PotenzialanalyseInputSchema } from "../../../../domain/potenzialanalyse/potenzialanalyse";
import { FaellePage } from "../../../../web/pages/FaellePage";
import { startseite } from "../../../../web/startseite";
import { PersonNeuPage } from "../../../../web/pages/PersonNeuPage";
import { PersonPage } from "../../../../web/pages/PersonPage";
import { PotenzialanalysePage } from "../../../../web/pages/PotenzialanalysePage";
import type { AppDeps } from "../../appDeps";
import { feldFehler } from "../../problem";
import { runUseCase } from "../../runUseCase";
import { FaelleQuerySchema, PAGE_SIZE, PersonParamsSchema } from "../api/schemas";
import { blankToUndefined, formWerte } from "./formData";
import { failPage, formContext, pageContext, sendFehler, sendHtml } from "./html";

export function personWebRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get("/faelle", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const start = startseite(ctx.actor.rolle);
    if (start !== "/faelle") return reply.redirect(start, 303);
    const query = FaelleQuerySchema.safeParse(blankToUndefined(formWerte(request.query)));
    const q = query.success ? query.data : FaelleQuerySchema.parse({});
    const filter = { suche: q.suche, status: q.status, limit: PAGE_SIZE, offset: (q.seite - 1) * PAGE_SIZE };
    const result = await runUseCase(deps, request, (d) => listFaelle(d, filter));
    if (failPage(reply, result)) return reply;
    const { faelle, gesamt, posteingang } = result.value;
    const seiten = Math.max(1, Math.ceil(gesamt / PAGE_SIZE));
    return sendHtml(
      reply,
      createElement(FaellePage, {
        ...ctx,
        faelle,
        gesamt,
        posteingang,
        suche: q.suche ?? "",
        status: q.status,
        seite: q.seite,
        seiten,
      }),
    );
  });

  app.get("/personen/neu", async (request, reply) => {
    const ctx = pageContext(request, reply);
    return ctx ? sendHtml(reply, createElement(PersonNeuPage, ctx)) : reply;
  });

  app.post("/personen/neu", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const werte = formWerte(request.body);
    const parsed = LeistungsberechtigteInputSchema.safeParse(werte);
    if (!parsed.success)
      return sendHtml(
        reply,
        createElement(PersonNeuPage, { ...ctx, werte, errors: feldFehler(parsed.error.issues) }),
        400,
      );
    const result = await runUseCase(deps, request, (d) => createLeistungsberechtigte(d, parsed.data));
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/personen/${result.value.id}`, 303);
  });

  app.get("/personen/:personId", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const params = PersonParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const result = await runUseCase(deps, request, (d) => getPersonAkte(d, params.data.personId));
    if (failPage(reply, result)) return reply;
    const zeitleiste = await runUseCase(deps, request, (d) =>
      getZeitleiste(d, params.data.personId, { teilDerAkte: true }),
    );
    return sendHtml(
      reply,
      createElement(PersonPage, {
        ...ctx,
        akte: result.value,
        heute: today(deps.clock),
        zeitleiste: zeitleiste.ok ? zeitleiste.value : undefined,
      }),
    );
  });

  app.post("/personen/:personId/plan", async (request, reply) => {
    const ctx = formContext(request, reply);
    const params = PersonParamsSchema.safeParse(request.params);
    if (!ctx) return reply;
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const result = await runUseCase(deps, request, (d) => createKooperationsplan(d, params.data.personId));
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/plaene/${result.value.planId}/versionen/1/bearbeiten`, 303);
  });

  app.get("/personen/:personId/potenzialanalyse", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const params = PersonParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const akte = await runUseCase(deps, request, (d) => getPersonAkte(d, params.data.personId));
    if (failPage(reply, akte)) return reply;
    const { person } = akte.value;
    const personName = `${person.vorname} ${person.nachname}`;
    return sendHtml(
      reply,
      createElement(PotenzialanalysePage, {
        ...ctx,
        personId: person.id,
        personName,
        heute: today(deps.clock),
      }),
    );
  });

  app.post("/personen/:personId/potenzialanalyse", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = PersonParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const werte = formWerte(request.body);
    const parsed = PotenzialanalyseInputSchema.safeParse({
      ...werte,
      gesundheitlicheEinschraenkung: werte.gesundheitlicheEinschraenkung === "ja",
    });
    if (!parsed.success) {
      const page = createElement(PotenzialanalysePage, {
        ...ctx,
        personId: params.data.personId,
        personName: "",
        heute: today(deps.clock),
        werte,
        errors: feldFehler(parsed.error.issues),
      });
      return sendHtml(reply, page, 400);
    }
    const result = await runUseCase(deps, request, (d) =>
      recordPotenzialanalyse(d, params.data.personId, parsed.data),
    );
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/personen/${params.data.personId}#pa`, 303);
  });

  app.post("/personen/:personId/terminvermerke", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = PersonParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const parsed = TerminvermerkInputSchema.safeParse(formWerte(request.body));
    if (!parsed.success) {
      const akte = await runUseCase(deps, request, (d) => getPersonAkte(d, params.data.personId));
      if (failPage(reply, akte)) return reply;
      return sendHtml(
        reply,
        createElement(PersonPage, {
          ...ctx,
          akte: akte.value,
          heute: today(deps.clock),
          errors: feldFehler(parsed.error.issues),
        }),
        400,
      );
    }
    const result = await runUseCase(deps, request, (d) =>
      recordTerminvermerk(d, params.data.personId, parsed.data),
    );
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/personen/${params.data.personId}#vermerke`, 303);
  });
}
