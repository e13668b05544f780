import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { PlanInhaltInput } from "../../../src/domain/kooperationsplan/planInhalt";
import { buildPlanInhalt } from "./factories";
import { activate, cookiesOf, csrfOf, passwortLogin, uploadNachweis } from "./portalHilfen";
import { setHeute } from "./rechtsfolgenFaelle";
import type { Client, TestApp } from "./testApp";

export interface Empfaenger {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, form: Record<string, string>): Promise<LightMyRequestResponse>;
  upload(name: string, bytes: Buffer, beschreibung?: string): Promise<LightMyRequestResponse>;
}

/** The counsellor opens portal access for the person, who activates it and signs in. */
export async function portalEmpfaenger(t: TestApp, ifk: Client, personId: string, name: string) {
  const zugang = await ifk.send("POST", `/personen/${personId}/portal/zugang`, { _csrf: ifk.csrf });
  const code = /data-testid="aktivierungscode">([A-Z0-9-]+)</.exec(zugang.body)?.[1] ?? "";
  expect((await activate(t.app, code, name, "Sicheres-Passwort-1")).statusCode).toBe(303);
  return portalAnmelden(t, name);
}

/** Signs the recipient in again (e.g. after the test clock moved past the session's lifetime). */
export async function portalAnmelden(t: TestApp, name: string): Promise<Empfaenger> {
  const login = await passwortLogin(t.app, name, "Sicheres-Passwort-1");
  expect(login.statusCode).toBe(303);
  const cookie = `${cookiesOf(login)}; kp_portal_sprache=de`;
  const csrf = csrfOf((await t.app.inject({ method: "GET", url: "/portal", headers: { cookie } })).body);
  return {
    get: (url) => t.app.inject({ method: "GET", url, headers: { cookie } }),
    post: (url, form) =>
      t.app.inject({ method: "POST", url, headers: { cookie }, payload: { _csrf: csrf, ...form } }),
    upload: (name, bytes, beschreibung) => uploadNachweis(t.app, cookie, csrf, name, bytes, beschreibung),
  };
}

/** Continues the plan into the next version with `inhalt` and agrees it on `am` (clock set to that day). */
export async function fortschreibenUndAbstimmen(
  t: TestApp,
  ifk: Client,
  planId: string,
  inhalt: PlanInhaltInput,
  am: string,
): Promise<number> {
  setHeute(t, am);
  const fort = await ifk.send("POST", `/api/v1/kooperationsplaene/${planId}/fortschreibung`);
  expect(fort.statusCode).toBe(201);
  const { nummer, lockVersion } = fort.json() as { nummer: number; lockVersion: number };
  const base = `/api/v1/kooperationsplaene/${planId}/versionen/${nummer}`;
  const saved = await ifk.send("PUT", base, { inhalt: buildPlanInhalt(inhalt), lockVersion });
  expect(saved.statusCode).toBe(200);
  const agreed = await ifk.send("POST", `${base}/abstimmung`, {
    am,
    kanal: "persoenlich",
    lockVersion: saved.json().lockVersion,
  });
  expect(agreed.statusCode).toBe(200);
  return nummer;
}

/** A new person of the counsellor with an empty draft plan (version 1, lock version 1), created "today". */
export async function neuePerson(t: TestApp, ifk: Client, nummer: number) {
  const person = await ifk.send("POST", "/api/v1/personen", {
    vorname: "Ina",
    nachname: `Integritaet${nummer}`,
    geburtsdatum: "1985-03-01",
    bgNummer: `12345BG${String(8000000 + nummer)}`,
  });
  expect(person.statusCode).toBe(201);
  const personId = (person.json() as { id: string }).id;
  const plan = await ifk.send("POST", `/api/v1/personen/${personId}/kooperationsplan`);
  expect(plan.statusCode).toBe(201);
  return { personId, planId: (plan.json() as { planId: string }).planId };
}
