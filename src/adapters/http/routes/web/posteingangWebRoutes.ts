import { createElement } from "react";
import type { FastifyInstance } from "fastify";
import { getPosteingang } from "../../../../application/posteingang/getPosteingang";
import { markierePosteingangErledigt } from "../../../../application/posteingang/markierePosteingangErledigt";
import { PosteingangErledigtSchema } from "../../../../domain/posteingang/posteingang";
import { PosteingangPage } from "../../../../web/pages/PosteingangPage";
import type { AppDeps } from "../../appDeps";
import { runUseCase } from "../../runUseCase";
import { formWerte } from "./formData";
import { failPage, formContext, pageContext, sendFehler, sendHtml } from "./html";

/** The inbox page and its "done" form (works without JavaScript). */
export function posteingangWebRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get("/eingang", async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const result = await runUseCase(deps, request, (d) => getPosteingang(d));
    if (failPage(reply, result)) return reply;
    const erledigt = formWerte(request.query).erledigt === "1";
    return sendHtml(reply, createElement(PosteingangPage, { ...ctx, ...result.value, erledigt }));
  });

  app.post("/eingang/erledigt", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const parsed = PosteingangErledigtSchema.safeParse(formWerte(request.body));
    if (!parsed.success) return sendFehler(reply, "validierung");
    const result = await runUseCase(deps, request, (d) => markierePosteingangErledigt(d, parsed.data));
    if (failPage(reply, result)) return reply;
    return reply.redirect("/eingang?erledigt=1", 303);
  });
}
