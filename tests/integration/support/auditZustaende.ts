import { expect } from "vitest";
import { buildPlanInhalt } from "./factories";
import { portalEmpfaenger } from "./integritaetHilfen";
import { createAbgestimmterPlan, type Entwurf } from "./planFactories";
import { schreibeBrief, setHeute, vereinbarePlan, type VereinbarterPlan } from "./rechtsfolgenFaelle";
import { HEUTE, type Client, type TestApp } from "./testApp";

/**
 * State for the audit coverage table (auditAbdeckung.test.ts): legal-consequence events,
 * conciliations, portal input and review drafts, each built for one new person through the API. The clock ends on HEUTE unless
 * said otherwise.
 */

let laufend = 0;
const naechste = () => 500 + (++laufend % 400);

/** A plan agreed under the new law (2026-09-01) with a letter whose deadline has passed. */
export async function planMitAbgelaufenemBrief(t: TestApp, ifk: Client): Promise<VereinbarterPlan> {
  const plan = await vereinbarePlan(t, ifk, "2026-09-01", naechste());
  await schreibeBrief(t, ifk, plan, { art: "verpflichtung", datum: "2026-10-01", frist: "2026-10-15" });
  return plan;
}

/** A recorded breach of duty after the letter's deadline (new law); clock on HEUTE. */
export async function erfassesEreignis(
  t: TestApp,
  ifk: Client,
): Promise<VereinbarterPlan & { ereignisId: string }> {
  const plan = await planMitAbgelaufenemBrief(t, ifk);
  setHeute(t, HEUTE);
  const e = await ifk.send("POST", `/api/v1/personen/${plan.personId}/ereignisse`, {
    art: "pflichtverletzung",
    datum: "2026-10-20",
    rechtsfolgenbelehrung: true,
  });
  expect(e.statusCode, e.body).toBe(201);
  return { ...plan, ereignisId: e.json().id as string };
}

/** A recorded event whose person has been heard (so that a decision can be taken). */
export async function angehoertesEreignis(
  t: TestApp,
  ifk: Client,
): Promise<VereinbarterPlan & { ereignisId: string }> {
  const e = await erfassesEreignis(t, ifk);
  const a = await ifk.send("POST", `/api/v1/ereignisse/${e.ereignisId}/anhoerungen`, {
    am: "2026-11-10",
    form: "schriftlich",
    wichtigerGrund: false,
    haerte: false,
  });
  expect(a.statusCode, a.body).toBeLessThan(300);
  return e;
}

/** A plan agreed under the old law (2026-03-02); the clock is left on 2026-06-10. */
export async function planAltesRecht(t: TestApp, ifk: Client): Promise<VereinbarterPlan> {
  const plan = await vereinbarePlan(t, ifk, "2026-03-02", naechste());
  setHeute(t, "2026-06-10");
  return plan;
}

/** A conciliation that runs since 2026-06-10 (old law); the clock is left on 2026-06-20. */
export async function laufendeSchlichtung(
  t: TestApp,
  ifk: Client,
): Promise<VereinbarterPlan & { schlichtungId: string }> {
  const plan = await planAltesRecht(t, ifk);
  const s = await ifk.send("POST", `/api/v1/personen/${plan.personId}/schlichtungen`, {
    beantragtVon: "person",
    schlichterName: "Frau Schlicht",
    beginn: "2026-06-10",
  });
  expect(s.statusCode, s.body).toBe(201);
  setHeute(t, "2026-06-20");
  return { ...plan, schlichtungId: s.json().id as string };
}

/** A heard event with a decision (reduction established on HEUTE). */
export async function entschiedenesEreignis(
  t: TestApp,
  ifk: Client,
): Promise<VereinbarterPlan & { ereignisId: string; entscheidungId: string }> {
  const e = await angehoertesEreignis(t, ifk);
  const d = await ifk.send("POST", `/api/v1/ereignisse/${e.ereignisId}/entscheidung`, {
    entscheidung: "festgestellt",
    feststellungAm: HEUTE,
  });
  expect(d.statusCode, d.body).toBe(201);
  return { ...e, entscheidungId: d.json().id as string };
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** The person has a portal account and has uploaded one PDF as evidence; returns its id. */
export async function portalNachweis(t: TestApp, ifk: Client, personId: string): Promise<string> {
  const r = await portalEmpfaenger(t, ifk, personId, `audit.nachweis.${++laufend}`);
  expect((await r.upload("nachweis.pdf", PDF)).statusCode).toBe(303);
  const rows = await t.tdb.db.ownerTransaction((sql) =>
    sql.query<{ id: string }>("SELECT id FROM portal_nachweis WHERE person_id = $1", [personId]),
  );
  expect(rows).toHaveLength(1);
  return rows[0]?.id as string;
}

/** The person has proposed a step through the portal; returns the proposal's id. */
export async function portalVorschlag(t: TestApp, ifk: Client, personId: string): Promise<string> {
  const r = await portalEmpfaenger(t, ifk, personId, `audit.vorschlag.${++laufend}`);
  const res = await r.post("/portal/vorschlaege", {
    art: "schritt",
    text: "Ich mache einen Erste-Hilfe-Kurs.",
  });
  expect(res.statusCode).toBe(303);
  const eingang = await ifk.get(`/personen/${personId}/portal`);
  const id = /portal\/vorschlaege\/([0-9a-f-]{36})/.exec(eingang.body)?.[1];
  expect(id).toBeDefined();
  return id as string;
}

/** A conciliation the person asked for in the portal (old-law plan); returns the request's id, clock on 2026-06-10. */
export async function portalSchlichtungsantrag(t: TestApp, ifk: Client, personId: string): Promise<string> {
  const r = await portalEmpfaenger(t, ifk, personId, `audit.schlichtung.${++laufend}`);
  const res = await r.post("/portal/schlichtung", {
    anliegen: "Der Kurs passt nicht zu meiner Arbeitszeit.",
  });
  expect(res.statusCode, res.body).toBe(303);
  const eingang = await ifk.get(`/personen/${personId}/portal`);
  const id = /portal\/vorschlaege\/([0-9a-f-]{36})\/schlichtung/.exec(eingang.body)?.[1];
  expect(id).toBeDefined();
  return id as string;
}

/**
 * A plan agreed on 2026-08-03 whose first step was due on 2026-10-30, continued today into a review
 * draft (version 2) that still carries that passed deadline.
 */
export async function fortschreibungMitAbgelaufenerFrist(t: TestApp, ifk: Client): Promise<Entwurf> {
  setHeute(t, "2026-08-03");
  const schritt = {
    id: "s1",
    text: "Ich bewerbe mich im Lager.",
    haeufigkeit: "monatlich",
    nachweis: "Liste",
  };
  const inhalt = buildPlanInhalt({ schritte: [{ ...schritt, frist: "2026-10-30" }] });
  const plan = await createAbgestimmterPlan(ifk, "2026-08-03", inhalt);
  setHeute(t, HEUTE);
  const fort = await ifk.send("POST", `/api/v1/kooperationsplaene/${plan.planId}/fortschreibung`);
  expect(fort.statusCode, fort.body).toBe(201);
  const { nummer, lockVersion } = fort.json() as { nummer: number; lockVersion: number };
  return { ...plan, nummer, lockVersion };
}

/** An agreed plan of a person whose language is Arabic; returns it with the agreed version's id. */
export async function planZumUebersetzen(ifk: Client): Promise<Entwurf & { versionId: string }> {
  const plan = await createAbgestimmterPlan(ifk, HEUTE, buildPlanInhalt(), { sprache: "ar" });
  const v = await ifk.get(`/api/v1/kooperationsplaene/${plan.planId}/versionen/1`);
  expect(v.statusCode, v.body).toBe(200);
  return { ...plan, versionId: v.json().version.id as string };
}
