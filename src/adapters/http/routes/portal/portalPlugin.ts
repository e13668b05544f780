import fastifyMultipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { pruefePortalSitzung } from "../../../../application/portal/auth/pruefePortalSitzung";
import { NACHWEIS_MAX_BYTES } from "../../../../domain/portal/nachweis";
import type { AppDeps } from "../../appDeps";
import { readCookie } from "../../plugins/session";
import { portalAnmeldungRoutes } from "./portalAnmeldungRoutes";
import { portalAuthFor } from "./portalAuth";
import { PORTAL_CSS } from "./portalCss";
import { PORTAL_COOKIE } from "./portalKontext";
import { portalOidcRoutes } from "./portalOidc";
import { portalRoutes } from "./portalRoutes";
import { portalStaffRoutes } from "./portalStaffRoutes";

/** The recipient portal under /portal (own cookie `kp_portal`) and the counsellor's portal pages. */
export async function portalPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  portalStaffRoutes(app, deps);
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: NACHWEIS_MAX_BYTES, files: 1, fields: 5, parts: 6 },
    });
    scope.decorateRequest("portalSitzung", null);
    const auth = portalAuthFor(deps);
    scope.addHook("onRequest", async (request) => {
      request.portalSitzung = await pruefePortalSitzung(auth, readCookie(request, PORTAL_COOKIE));
    });
    scope.get("/portal/portal.css", { schema: { hide: true } }, async (_request, reply) =>
      reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=3600").send(PORTAL_CSS),
    );
    portalAnmeldungRoutes(scope, deps);
    portalOidcRoutes(scope, deps);
    portalRoutes(scope, deps);
  });
}
