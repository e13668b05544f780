import fastifyCookie from "@fastify/cookie";
import fastifyFormbody from "@fastify/formbody";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { registerErrorHandling } from "./plugins/errorHandling";
import { registerNullzeichenSperre } from "./plugins/nullzeichen";
import { registerSecurityHeaders } from "./plugins/securityHeaders";
import { registerSession } from "./plugins/session";
import type { AppDeps } from "./appDeps";
import { anmeldesperreRoutes } from "./routes/api/anmeldesperreRoutes";
import { kalenderRoutes } from "./routes/kalenderRoutes";
import { angebotRoutes } from "./routes/api/angebotRoutes";
import { auditRoutes } from "./routes/api/auditRoutes";
import { personenRoutes } from "./routes/api/personenRoutes";
import { posteingangRoutes } from "./routes/api/posteingangRoutes";
import { planRoutes } from "./routes/api/planRoutes";
import { rechtsfolgenRoutes } from "./routes/api/rechtsfolgenRoutes";
import { regelRoutes } from "./routes/api/regelRoutes";
import { sitzungRoutes } from "./routes/api/sitzungRoutes";
import { assetRoots } from "./assets";
import { webRoutes } from "./routes/web/webRoutes";
import { portalPlugin } from "./routes/portal/portalPlugin";
import { reactBuild } from "./reactBuild";

/**
 * Fastify's `trustProxy` as configured: a list of proxy addresses/CIDRs as it is; a hop count as a
 * function that trusts the peer and the next `n - 1` entries of `X-Forwarded-For` (Fastify 5 itself
 * trusts nothing for a number). Never `true`, which would take the client's own first entry.
 */
export function trustProxyOption(
  trust: AppDeps["trustProxy"],
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === "number") return (_address, hop) => hop < trust;
  return trust ?? false;
}

/** Builds the one Node process that serves the JSON API, the server-rendered pages and the assets. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.logLevel ?? "info",
      // No personal data in logs: only method, route pattern, status and timing.
      serializers: {
        req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? "unbekannt" }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
    trustProxy: trustProxyOption(deps.trustProxy),
    bodyLimit: 256 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerSecurityHeaders(app);
  registerErrorHandling(app);
  registerNullzeichenSperre(app);
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Kooperationsplan API",
        version: "1",
        description: "Kooperationsplan nach § 15 SGB II. Fehler als RFC 9457 problem+json.",
      },
      components: { securitySchemes: { sitzung: { type: "apiKey", in: "cookie", name: "kp_sitzung" } } },
    },
    transform: jsonSchemaTransform,
  });
  for (const [prefix, root] of assetRoots())
    await app.register(fastifyStatic, { root, prefix, decorateReply: false, maxAge: "1h", index: false });
  registerSession(app, deps);
  app.get("/health", { schema: { hide: true } }, async () => {
    const datenbank = await deps.transaktionen.pruefeDatenbank();
    return { status: "ok", datenbank, react: reactBuild() };
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  sitzungRoutes(app, deps);
  anmeldesperreRoutes(app, deps);
  personenRoutes(app, deps);
  posteingangRoutes(app, deps);
  planRoutes(app, deps);
  rechtsfolgenRoutes(app, deps);
  regelRoutes(app, deps);
  angebotRoutes(app, deps);
  auditRoutes(app, deps);
  webRoutes(app, deps);
  kalenderRoutes(app, deps);
  await portalPlugin(app, deps);
  return app;
}
