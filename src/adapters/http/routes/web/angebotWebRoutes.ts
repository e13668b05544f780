import { createElement } from "react";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { getBudgetStand } from "../../../../application/angebote/getBudgetStand";
import { listAngebote } from "../../../../application/angebote/listAngebote";
import { saveAngebot } from "../../../../application/angebote/saveAngebot";
import { AngebotePage, type AngebotePageProps } from "../../../../web/pages/AngebotePage";
import type { AppDeps } from "../../appDeps";
import { runUseCase } from "../../runUseCase";
import { angebotFromForm } from "./angebotForm";
import { formWerte } from "./formData";
import { failPage, formContext, pageContext, sendHtml } from "./html";

/** Team-lead page "Förderangebote und Budget" (counsellors read it); every change validated and audited. */
export function angebotWebRoutes(app: FastifyInstance, deps: AppDeps): void {
  async function seite(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<AngebotePageProps> & { bearbeitenId?: string },
    status = 200,
  ) {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const result = await runUseCase(deps, request, (d) => listAngebote(d));
    if (failPage(reply, result)) return reply;
    const { bearbeitenId, ...rest } = extra;
    const angebote = result.value.angebote;
    const bearbeiten = angebote.find((a) => a.id === bearbeitenId) ?? null;
    const stand = await runUseCase(deps, request, (d) => getBudgetStand(d));
    const toepfe = stand.ok ? stand.value.toepfe : [];
    return sendHtml(
      reply,
      createElement(AngebotePage, { ...ctx, angebote, stand: toepfe, bearbeiten, ...rest }),
      status,
    );
  }

  app.get("/angebote", (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    return seite(request, reply, { gespeichert: q.gespeichert === "1", bearbeitenId: q.bearbeiten });
  });

  const speichern = async (request: FastifyRequest, reply: FastifyReply, id: string | null) => {
    if (!formContext(request, reply)) return reply;
    const werte = formWerte(request.body);
    const input = angebotFromForm(werte);
    if (!input.ok)
      return seite(request, reply, { errors: input.errors, werte, bearbeitenId: id ?? undefined }, 400);
    const result = await runUseCase(deps, request, (d) => saveAngebot(d, id, input.value));
    if (failPage(reply, result)) return reply;
    return reply.redirect("/angebote?gespeichert=1", 303);
  };
  app.post("/angebote", (request, reply) => speichern(request, reply, null));
  app.post("/angebote/:angebotId", (request, reply) =>
    speichern(request, reply, (request.params as { angebotId: string }).angebotId),
  );
}
