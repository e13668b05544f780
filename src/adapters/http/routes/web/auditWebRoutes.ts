import { createElement } from "react";
import type { FastifyInstance } from "fastify";
import { exportAuditCsv } from "../../../../application/audit/exportAuditCsv";
import { listAuditJobcenter } from "../../../../application/audit/listAuditJobcenter";
import { listZugriffsprotokoll } from "../../../../application/person/listZugriffsprotokoll";
import { AuditFilterSchema, AuditSeiteQuerySchema } from "../../../../domain/audit/auditFilter";
import { encodeCursor } from "../../../../domain/audit/auditSeite";
import { AuditJobcenterPage } from "../../../../web/pages/AuditJobcenterPage";
import { ProtokollPage } from "../../../../web/pages/ProtokollPage";
import type { AppDeps } from "../../appDeps";
import { feldFehler } from "../../problem";
import { runUseCase } from "../../runUseCase";
import { PersonParamsSchema } from "../api/schemas";
import { sendAuditCsv } from "../sendAuditCsv";
import { formWerte } from "./formData";
import { failPage, pageContext, sendFehler, sendHtml } from "./html";

/** The per-person access log and the data-protection officer's audit with CSV export (ADR 0011). */
export function auditWebRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get("/personen/:personId/protokoll", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const params = PersonParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const query = AuditSeiteQuerySchema.safeParse(formWerte(request.query));
    if (!query.success) return sendFehler(reply, "validierung");
    const nach = query.data.nach ?? null;
    const result = await runUseCase(deps, request, (d) =>
      listZugriffsprotokoll(d, params.data.personId, nach),
    );
    if (failPage(reply, result)) return reply;
    return sendHtml(
      reply,
      createElement(ProtokollPage, {
        ...ctx,
        personId: params.data.personId,
        eintraege: result.value.eintraege,
        naechste: result.value.naechste ? encodeCursor(result.value.naechste) : null,
        istErsteSeite: nach === null,
      }),
    );
  });

  app.get("/zugriffsprotokoll", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const werte = formWerte(request.query);
    const filter = AuditFilterSchema.safeParse(werte);
    const gueltig = filter.success ? filter.data : {};
    const result = await runUseCase(deps, request, (d) =>
      listAuditJobcenter(d, gueltig, filter.success ? undefined : 0),
    );
    if (failPage(reply, result)) return reply;
    return sendHtml(
      reply,
      createElement(AuditJobcenterPage, {
        ...ctx,
        werte,
        akteure: result.value.akteure,
        eintraege: result.value.eintraege,
        naechste: result.value.naechste ? encodeCursor(result.value.naechste) : null,
        istErsteSeite: !werte.nach,
        ...(filter.success ? {} : { errors: feldFehler(filter.error.issues) }),
      }),
      filter.success ? 200 : 400,
    );
  });

  app.get("/zugriffsprotokoll/csv", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const filter = AuditFilterSchema.safeParse(formWerte(request.query));
    if (!filter.success) return sendFehler(reply, "validierung");
    const result = await runUseCase(deps, request, (d) => exportAuditCsv(d, filter.data));
    if (failPage(reply, result)) return reply;
    return sendAuditCsv(reply, result);
  });
}
