import type { FastifyReply } from "fastify";
import type { z } from "zod";
import { BUDGET_FEHLER } from "../../domain/angebote/budgetFehler";
import { FORTSCHREIBUNG_FEHLER } from "../../domain/kooperationsplan/fortschreibungFehler";
import { PORTAL_FEHLER, type PortalFehlerCode } from "../../domain/portal/fehlerCodes";
import { INTEGRITAET_FEHLER } from "../../domain/integritaet/fehlerCodes";
import type { DomainError } from "../../domain/shared/result";
import { SICHERHEIT_FEHLER } from "../../domain/sicherheit/fehlerCodes";
import { RECHTSFOLGEN_FEHLER } from "../../domain/verbindlichkeit/fehlerCodes";
import type { FeldFehler } from "../../web/feldFehler";
import { de, type FehlerCode, type FeldFehlerCode } from "../../web/translations/de";

/** HTTP status per stable error code. */
export const STATUS: Record<FehlerCode, number> = {
  "plan.nicht_entwurf": 409,
  "plan.konflikt": 409,
  "plan.entwurf_existiert": 409,
  "plan.kein_abgestimmter_plan": 409,
  "plan.existiert": 409,
  "plan.ziel_fehlt": 422,
  "plan.schritt_fehlt": 422,
  "plan.ueberpruefung_zu_spaet": 422,
  "plan.ueberpruefung_zu_frueh": 422,
  "plan.abstimmung_in_zukunft": 422,
  nicht_gefunden: 404,
  nicht_erlaubt: 403,
  nicht_angemeldet: 401,
  csrf: 403,
  validierung: 400,
  zu_viele_anfragen: 429,
  anmeldung_warten: 429,
  anmeldung_gesperrt: 429,
  intern: 500,
  ...RECHTSFOLGEN_FEHLER,
  ...FORTSCHREIBUNG_FEHLER,
  ...INTEGRITAET_FEHLER,
  ...SICHERHEIT_FEHLER,
  ...BUDGET_FEHLER,
};

/** HTTP status per portal error code (the portal answers with HTML pages in the recipient's language). */
export const STATUS_PORTAL: Record<PortalFehlerCode, number> = PORTAL_FEHLER;

/** Field errors are a web type (the forms render them); the problem+json body carries the same shape. */
export type { FeldFehler };

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: FehlerCode;
  errors?: FeldFehler[];
}

/** RFC 9457 problem details with a stable `code` and a German `detail` sentence. */
export function problem(code: FehlerCode, errors?: FeldFehler[], feld?: string): Problem {
  const fieldErrors =
    errors ?? (feld ? [{ feld, code: "ungueltig" as const, meldung: de.fehler.codes[code] }] : undefined);
  return {
    type: `urn:kooperationsplan:problem:${code}`,
    title: code,
    status: STATUS[code],
    detail: de.fehler.codes[code],
    code,
    ...(fieldErrors ? { errors: fieldErrors } : {}),
  };
}

/** The field errors of a refused use case: one per field it names (`felder`, else `feld`). */
export function domainFeldFehler(error: DomainError): FeldFehler[] {
  const felder = error.felder ?? (error.feld ? [error.feld] : []);
  return felder.map((feld) => ({ feld, code: "ungueltig", meldung: de.fehler.codes[error.code] }));
}

export function feldFehler(issues: readonly z.core.$ZodIssue[]): FeldFehler[] {
  return issues.map((i) => {
    const code = (i.message in de.fehler.felder ? i.message : "ungueltig") as FeldFehlerCode;
    return { feld: i.path.map(String).join("."), code, meldung: de.fehler.felder[code] };
  });
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type("application/problem+json; charset=utf-8").send(p);
}
