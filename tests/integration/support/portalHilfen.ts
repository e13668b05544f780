import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { Client } from "./testApp";

export const cookiesOf = (res: LightMyRequestResponse) =>
  res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
export const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";

/** Merges `Set-Cookie` values of an app response into a cookie header (empty value: removed). */
export function mergeCookies(header: string, res: LightMyRequestResponse): string {
  const jar = new Map(
    header
      .split("; ")
      .filter(Boolean)
      .map((c) => c.split("=") as [string, string]),
  );
  for (const c of res.cookies)
    if (c.value === "") jar.delete(c.name);
    else jar.set(c.name, c.value);
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** The counsellor opens portal access for a person; returns the one-time activation code. */
export async function openZugang(ifk: Client, personId: string): Promise<string> {
  const res = await ifk.send("POST", `/personen/${personId}/portal/zugang`, { _csrf: ifk.csrf });
  expect(res.statusCode).toBe(201);
  return /data-testid="aktivierungscode">([A-Z0-9-]+)</.exec(res.body)?.[1] ?? "";
}

/** Activates an account with the code and a password. */
export async function activate(app: FastifyInstance, code: string, benutzername: string, passwort: string) {
  const page = await app.inject({ method: "GET", url: "/portal/aktivieren" });
  return app.inject({
    method: "POST",
    url: "/portal/aktivieren",
    headers: { cookie: cookiesOf(page) },
    payload: { _csrf: csrfOf(page.body), code, benutzername, passwort, passwortWiederholung: passwort },
  });
}

/** Password login; returns the response (303 to `/portal` or to `/portal/zweiter-faktor`). */
export async function passwortLogin(app: FastifyInstance, benutzername: string, passwort: string) {
  const page = await app.inject({ method: "GET", url: "/portal/anmelden" });
  return app.inject({
    method: "POST",
    url: "/portal/anmelden",
    headers: { cookie: cookiesOf(page) },
    payload: { _csrf: csrfOf(page.body), benutzername, passwort },
  });
}

/** Uploads a PDF as evidence through the portal form (multipart, with the page's CSRF token). */
export function uploadNachweis(
  app: FastifyInstance,
  cookie: string,
  csrf: string,
  name: string,
  bytes: Buffer,
  beschreibung?: string,
) {
  const grenze = "----kpgrenze";
  const payload = Buffer.concat([
    Buffer.from(`--${grenze}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n`),
    Buffer.from(
      beschreibung === undefined
        ? ""
        : `--${grenze}\r\nContent-Disposition: form-data; name="beschreibung"\r\n\r\n${beschreibung}\r\n`,
    ),
    Buffer.from(
      `--${grenze}\r\nContent-Disposition: form-data; name="datei"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${grenze}--\r\n`),
  ]);
  const headers = { cookie, "content-type": `multipart/form-data; boundary=${grenze}` };
  return app.inject({ method: "POST", url: "/portal/nachweise", headers, payload });
}
