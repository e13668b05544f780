import type { FastifyReply } from "fastify";
import type { AnmeldenAbgelehnt } from "../../../../application/auth/anmelden";
import type { FehlerCode } from "../../../../web/translations/de";

/**
 * The answer to a refused staff login: 401 for wrong data (the same for unknown user names), 429 with
 * `Retry-After` while the throttle asks to wait, 429 while the account is locked.
 */
export function anmeldungAbgelehnt(
  reply: FastifyReply,
  abgelehnt: AnmeldenAbgelehnt,
): { status: number; code: FehlerCode } {
  if (abgelehnt.grund === "falsch") return { status: 401, code: "nicht_angemeldet" };
  if (abgelehnt.grund === "warten") {
    reply.header("retry-after", String(Math.max(1, abgelehnt.wartenSekunden)));
    return { status: 429, code: "anmeldung_warten" };
  }
  return { status: 429, code: "anmeldung_gesperrt" };
}
