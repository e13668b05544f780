import { createElement } from "react";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { schliesseUeberpruefungAb } from "../../../../application/kooperationsplan/fortschreibenMitAenderungen";
import { getPlanVersion } from "../../../../application/kooperationsplan/getPlanVersion";
import {
  getUeberpruefung,
  type UeberpruefungSeite,
} from "../../../../application/kooperationsplan/getUeberpruefung";
import { verwirfEntwurf } from "../../../../application/kooperationsplan/verwirfEntwurf";
import {
  listFaelligeUeberpruefungen,
  naechsteUeberpruefung,
} from "../../../../application/faelle/listFaelligeUeberpruefungen";
import { today } from "../../../../application/today";
import { unveraendertFormAus } from "../../../../domain/kooperationsplan/unveraendertFortschreiben";
import { ueberpruefungsFormAus } from "../../../../domain/kooperationsplan/ueberpruefungsWahl";
import { EntwurfVerwerfenPage } from "../../../../web/pages/EntwurfVerwerfenPage";
import { UeberpruefungPage } from "../../../../web/pages/UeberpruefungPage";
import { UeberpruefungenPage } from "../../../../web/pages/UeberpruefungenPage";
import { de } from "../../../../web/translations/de";
import type { AppDeps } from "../../appDeps";
import { feldFehler, STATUS, type FeldFehler } from "../../problem";
import { runStaffPortal } from "../../runStaffPortal";
import { runUseCase } from "../../runUseCase";
import { z } from "zod";
import { PlanParamsSchema, VersionParamsSchema } from "../api/schemas";
import { formWerte } from "./formData";
import { failPage, formContext, pageContext, sendFehler, sendHtml } from "./html";

/** An agreement error on `schritte.<i>.frist` belongs to the review page's field `frist.<id>`. */
function reviewFeld(seite: UeberpruefungSeite, feld: string): string {
  const match = /^schritte\.(\d+)\.frist$/.exec(feld);
  const schritt = match ? seite.version.inhalt.schritte[Number(match[1])] : undefined;
  return schritt ? `frist.${schritt.id}` : feld;
}

/** `?nach=<planId>`: the review just finished; anything else counts as none. */
const NaechsteQuerySchema = z.object({ nach: z.string().uuid().optional().catch(undefined) });

/** The light review (issue 12): one page, "Unverändert fortschreiben" in one submit; discarding a draft. */
export function ueberpruefungWebRoutes(app: FastifyInstance, deps: AppDeps): void {
  async function loadSeite(request: FastifyRequest, reply: FastifyReply) {
    const params = PlanParamsSchema.safeParse(request.params);
    if (!params.success) {
      sendFehler(reply, "nicht_gefunden");
      return null;
    }
    const seite = await runStaffPortal(deps, request, (d) => getUeberpruefung(d, params.data.planId));
    return failPage(reply, seite) ? null : seite.value;
  }

  // The counsellor's reviews due in the next 14 days, worked one after the other (ADR 0020).
  app.get("/ueberpruefungen", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const result = await runUseCase(deps, request, (d) => listFaelligeUeberpruefungen(d));
    if (failPage(reply, result)) return reply;
    return sendHtml(reply, createElement(UeberpruefungenPage, { ...ctx, zeilen: result.value }));
  });

  app.get("/ueberpruefungen/naechste", async (request, reply) => {
    if (!pageContext(request, reply)) return reply;
    const { nach } = NaechsteQuerySchema.parse(formWerte(request.query));
    const result = await runUseCase(deps, request, (d) => listFaelligeUeberpruefungen(d));
    if (failPage(reply, result)) return reply;
    const naechste = naechsteUeberpruefung(result.value, nach);
    return reply.redirect(naechste ? `/plaene/${naechste.planId}/ueberpruefen` : "/ueberpruefungen", 303);
  });

  app.get("/plaene/:planId/ueberpruefen", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const seite = await loadSeite(request, reply);
    if (!seite) return reply;
    return sendHtml(reply, createElement(UeberpruefungPage, { ...ctx, seite, heute: today(deps.clock) }));
  });

  // The review is written first; only a refusal loads the page again (one audited read) to show the errors.
  app.post("/plaene/:planId/ueberpruefen", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = PlanParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const { planId } = params.data;
    const werte = formWerte(request.body);
    const fail = async (status: number, errors: FeldFehler[], meldung?: string) => {
      const seite = await loadSeite(request, reply);
      if (!seite) return reply;
      const felder = errors.map((e) => ({ ...e, feld: reviewFeld(seite, e.feld) }));
      return sendHtml(
        reply,
        createElement(UeberpruefungPage, {
          ...ctx,
          seite,
          heute: today(deps.clock),
          errors: felder,
          meldung,
          werte,
        }),
        status,
      );
    };
    const wahl = ueberpruefungsFormAus(werte);
    if (!wahl.success) return fail(400, feldFehler(wahl.error.issues));
    const unveraendert = unveraendertFormAus(werte);
    const mitAenderungen = werte.aktion === "aenderungen";
    if (!mitAenderungen && !unveraendert.success) return fail(400, feldFehler(unveraendert.error.issues));
    const result = await runUseCase(deps, request, (d) =>
      schliesseUeberpruefungAb(d, planId, {
        wahl: wahl.data,
        unveraendert: mitAenderungen || !unveraendert.success ? null : unveraendert.data,
      }),
    );
    if (!result.ok && result.error.code !== "nicht_erlaubt" && result.error.code !== "nicht_gefunden") {
      const feld = result.error.feld;
      const meldung = de.fehler.codes[result.error.code];
      return fail(
        STATUS[result.error.code],
        feld ? [{ feld, code: "ungueltig", meldung }] : [],
        feld ? undefined : meldung,
      );
    }
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/plaene/${planId}/versionen/${result.value.nummer}`, 303);
  });

  app.get("/plaene/:planId/versionen/:nummer/verwerfen", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const params = VersionParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const { planId, nummer } = params.data;
    const v = await runUseCase(deps, request, (d) => getPlanVersion(d, planId, nummer));
    if (failPage(reply, v)) return reply;
    if (v.value.version.status !== "entwurf") return sendFehler(reply, "plan.nicht_entwurf");
    return sendHtml(
      reply,
      createElement(EntwurfVerwerfenPage, {
        ...ctx,
        personId: v.value.akte.personId,
        planId,
        nummer,
        lockVersion: v.value.version.lockVersion,
      }),
    );
  });

  app.post("/plaene/:planId/versionen/:nummer/verwerfen", async (request, reply) => {
    if (!formContext(request, reply)) return reply;
    const params = VersionParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const lockVersion = Number(formWerte(request.body).lockVersion);
    if (!Number.isInteger(lockVersion)) return sendFehler(reply, "validierung");
    const { planId, nummer } = params.data;
    const result = await runUseCase(deps, request, (d) => verwirfEntwurf(d, planId, nummer, lockVersion));
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/personen/${result.value.personId}`, 303);
  });
}
