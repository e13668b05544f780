import { createElement } from "react";
import type { FastifyReply, FastifyRequest } from "fastify";
import { getPersonAkte } from "../../../../application/person/getPersonAkte";
import { getZeitleiste } from "../../../../application/rechtsfolgen/getZeitleiste";
import { today } from "../../../../application/today";
import { ok } from "../../../../domain/shared/result";
import { RechtsfolgenPage, type RechtsfolgenPageProps } from "../../../../web/pages/RechtsfolgenPage";
import type { AppDeps } from "../../appDeps";
import { runUseCase } from "../../runUseCase";
import { failPage, pageContext, sendHtml } from "./html";

/** Renders the person's "Verbindlichkeit und Rechtsfolgen" page, optionally with the errors of a form. */
export async function renderRechtsfolgenSeite(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  personId: string,
  extra: Partial<RechtsfolgenPageProps> = {},
  status = 200,
): Promise<FastifyReply> {
  const ctx = pageContext(request, reply);
  if (!ctx) return reply;
  const result = await runUseCase(deps, request, async (d) => {
    const akte = await getPersonAkte(d, personId);
    if (!akte.ok) return akte;
    const zeitleiste = await getZeitleiste(d, personId, { teilDerAkte: true });
    if (!zeitleiste.ok) return zeitleiste;
    return ok({ akte: akte.value, zeitleiste: zeitleiste.value });
  });
  if (failPage(reply, result)) return reply;
  const { akte, zeitleiste } = result.value;
  return sendHtml(
    reply,
    createElement(RechtsfolgenPage, {
      ...ctx,
      personName: `${akte.person.vorname} ${akte.person.nachname}`,
      zeitleiste,
      altesRecht: (akte.plan?.versionen ?? []).some(
        (v) => v.rechtsstand === "2023-07" && v.status !== "entwurf",
      ),
      heute: today(deps.clock),
      ...extra,
    }),
    status,
  );
}
