import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Client } from "./testApp";

/** Posts a server-rendered form as the browser does without JavaScript (url-encoded, CSRF field). */
export function postForm(
  app: FastifyInstance,
  client: Client,
  url: string,
  felder: Record<string, string>,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: "POST",
    url,
    headers: { cookie: client.cookie, "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ _csrf: client.csrf, ...felder }).toString(),
  });
}
