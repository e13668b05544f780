import type { FastifyInstance } from "fastify";

/**
 * CSP without inline scripts or styles, and the usual hardening headers, on every response. A CSP set
 * by the route itself wins (downloads of uploads are served with `sandbox`).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join("; ");

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply) => {
    // A route may set a stricter policy of its own (the evidence download: `sandbox`); it is kept.
    if (!reply.hasHeader("content-security-policy")) reply.header("content-security-policy", CSP);
    reply.header("x-content-type-options", "nosniff");
    reply.header("x-frame-options", "DENY");
    reply.header("referrer-policy", "no-referrer");
    reply.header("cross-origin-opener-policy", "same-origin");
    reply.header("cross-origin-resource-policy", "same-origin");
    reply.header("permissions-policy", "camera=(), microphone=(), geolocation=()");
    if (request.protocol === "https")
      reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
  });
}
