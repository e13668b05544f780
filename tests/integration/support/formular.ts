import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { LIST_SECTIONS, type PlanInhaltInput } from "../../../src/domain/kooperationsplan/planInhalt";
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

/**
 * The plan editor's fields for `inhalt` as the browser posts them on "Entwurf speichern": the job goal,
 * then one row per entry (`schritte.0.text`, `schritte.0.frist`, …), and the draft's lock version.
 */
export function planFelder(inhalt: PlanInhaltInput, lockVersion: number): Record<string, string> {
  const felder: Record<string, string> = {
    berufsziel: inhalt.berufsziel ?? "",
    lockVersion: String(lockVersion),
    aktion: "speichern",
  };
  for (const bereich of LIST_SECTIONS)
    (inhalt[bereich] ?? []).forEach((eintrag, i) => {
      for (const [feld, wert] of Object.entries(eintrag))
        if (typeof wert === "string") felder[`${bereich}.${i}.${feld}`] = wert;
    });
  return felder;
}
