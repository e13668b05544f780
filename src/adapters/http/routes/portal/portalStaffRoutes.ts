import { createElement } from "react";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { entscheideVorschlag } from "../../../../application/portal/entscheideVorschlag";
import { getPortalEingang } from "../../../../application/portal/getPortalEingang";
import { nachweisAnsehen } from "../../../../application/portal/nachweisAnsehen";
import { oeffnePortalZugang } from "../../../../application/portal/oeffnePortalZugang";
import { starteSchlichtungAusAntrag } from "../../../../application/portal/starteSchlichtungAusAntrag";
import { uebersetzeFreitext } from "../../../../application/portal/uebersetzeFreitext";
import { SchlichtungStartSchema } from "../../../../domain/verbindlichkeit/schlichtung";
import { VorschlagEntscheidungSchema } from "../../../../domain/portal/beteiligung";
import { FreitextUebersetzungSchema } from "../../../../domain/portal/freitexte";
import { formatZeit } from "../../../../web/portal/components/formatZeit";
import { PortalCodePage, PortalEingangPage } from "../../../../web/portal/pages/PortalEingangPage";
import { newAktivierungscode } from "../../../crypto/aktivierungscode";
import { normalizeAktivierungscode } from "../../../../domain/portal/aktivierung";
import { today } from "../../../../application/today";
import type { AppDeps } from "../../appDeps";
import { runStaffPortal } from "../../runStaffPortal";
import { formWerte } from "../web/formData";
import { failPage, formContext, pageContext, sendFehler, sendHtml } from "../web/html";

const SchlichtungAusAntragSchema = SchlichtungStartSchema.omit({ beantragtVon: true });

const ParamsSchema = z.object({ personId: z.uuid(), id: z.uuid().optional() });

/** The counsellor's side: open the account, the queue on the person, decide proposals, open uploads. */
export function portalStaffRoutes(app: FastifyInstance, deps: AppDeps): void {
  const codes = {
    code: newAktivierungscode,
    hash: (c: string) => deps.tokens.hash(normalizeAktivierungscode(c)),
  };

  app.get("/personen/:personId/portal", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const params = ParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const result = await runStaffPortal(deps, request, (d) => getPortalEingang(d, params.data.personId));
    if (failPage(reply, result)) return reply;
    const heute = today(deps.clock);
    return sendHtml(reply, createElement(PortalEingangPage, { ...ctx, eingang: result.value, heute }));
  });

  app.post("/personen/:personId/portal/zugang", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = ParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const grund = String(formWerte(request.body).grund ?? "");
    const result = await runStaffPortal(deps, request, (d) =>
      oeffnePortalZugang(d, codes, params.data.personId, grund),
    );
    if (failPage(reply, result)) return reply;
    reply.header("cache-control", "no-store");
    const page = createElement(PortalCodePage, {
      ...ctx,
      personId: params.data.personId,
      code: result.value.code,
      bis: formatZeit(result.value.bis.toISOString()),
    });
    return sendHtml(reply, page, 201);
  });

  app.post("/personen/:personId/portal/vorschlaege/:id", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = ParamsSchema.safeParse(request.params);
    const body = VorschlagEntscheidungSchema.safeParse(formWerte(request.body));
    if (!params.success || !params.data.id) return sendFehler(reply, "nicht_gefunden");
    if (!body.success) return sendFehler(reply, "validierung");
    const id = params.data.id;
    const result = await runStaffPortal(deps, request, (d) =>
      entscheideVorschlag(d, id, body.data.entscheidung, body.data.ergebnis),
    );
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/personen/${params.data.personId}/portal#vorschlaege`, 303);
  });

  app.post("/personen/:personId/portal/vorschlaege/:id/schlichtung", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = ParamsSchema.safeParse(request.params);
    if (!params.success || !params.data.id) return sendFehler(reply, "nicht_gefunden");
    const body = SchlichtungAusAntragSchema.safeParse(formWerte(request.body));
    if (!body.success) return sendFehler(reply, "validierung");
    const id = params.data.id;
    const result = await runStaffPortal(deps, request, (d) => starteSchlichtungAusAntrag(d, id, body.data));
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/personen/${params.data.personId}/portal#vorschlaege`, 303);
  });

  app.post("/personen/:personId/portal/uebersetzungen", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = ParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const body = FreitextUebersetzungSchema.safeParse(formWerte(request.body));
    if (!body.success) return sendFehler(reply, "validierung");
    const personId = params.data.personId;
    const result = await runStaffPortal(deps, request, (d) => uebersetzeFreitext(d, personId, body.data));
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/personen/${personId}/portal#ue-${result.value.eintragId}`, 303);
  });

  app.get("/personen/:personId/portal/nachweise/:id", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const params = ParamsSchema.safeParse(request.params);
    if (!params.success || !params.data.id) return sendFehler(reply, "nicht_gefunden");
    const id = params.data.id;
    const result = await runStaffPortal(deps, request, (d) => nachweisAnsehen(d, id));
    if (failPage(reply, result)) return reply;
    const n = result.value;
    const name = n.dateiname.replace(/[^\w.-]+/g, "_");
    return reply
      .type(n.mimeTyp)
      .header("content-disposition", `attachment; filename="${name}"`)
      .header("x-content-type-options", "nosniff")
      .header("content-security-policy", "sandbox")
      .send(Buffer.from(n.inhalt));
  });
}
