import { expect } from "vitest";
import { buildPlanInhalt } from "./factories";
import { HEUTE, type Client, type TestApp } from "./testApp";

/** Sets "today" of the test app to `datum`, 10:00 in Berlin. */
export function setHeute(t: TestApp, datum: string): void {
  t.clock.set(`${datum}T10:00:00+01:00`);
}

let angelegt = 0;

export interface VereinbarterPlan {
  personId: string;
  planId: string;
  schrittId: string;
}

/**
 * A new person of `client` gets a plan agreed on `am` (the clock is set to that day). `nummer` names
 * the person; the BG number is unique on every call, so tests can each make their own.
 */
export async function vereinbarePlan(
  t: TestApp,
  client: Client,
  am: string,
  nummer: number,
  geburtsdatum = "1980-05-01",
): Promise<VereinbarterPlan> {
  setHeute(t, am);
  const person = await client.send("POST", "/api/v1/personen", {
    vorname: "Rita",
    nachname: `Rechtsfolge${nummer}`,
    geburtsdatum,
    bgNummer: `12345BG${String(9000000 + ((nummer * 1000 + ++angelegt) % 1000000))}`,
  });
  expect(person.statusCode).toBe(201);
  const personId = (person.json() as { id: string }).id;
  const plan = await client.send("POST", `/api/v1/personen/${personId}/kooperationsplan`);
  expect(plan.statusCode).toBe(201);
  const planId = (plan.json() as { planId: string }).planId;
  const base = `/api/v1/kooperationsplaene/${planId}/versionen/1`;
  const lock = (await client.get(base)).json().version.lockVersion as number;
  const saved = await client.send("PUT", base, { inhalt: buildPlanInhalt(), lockVersion: lock });
  expect(saved.statusCode).toBe(200);
  const agreed = await client.send("POST", `${base}/abstimmung`, {
    am,
    kanal: "persoenlich",
    lockVersion: saved.json().lockVersion,
  });
  expect(agreed.statusCode).toBe(200);
  return { personId, planId, schrittId: "s1" };
}

export const briefUrl = (p: VereinbarterPlan) =>
  `/api/v1/kooperationsplaene/${p.planId}/versionen/1/schritte/${p.schrittId}/briefe`;

/** The counsellor writes a letter for the plan's first step on the letter's own date; the clock returns to HEUTE. */
export async function schreibeBrief(
  t: TestApp,
  client: Client,
  plan: VereinbarterPlan,
  brief: { art: "aufforderung" | "verpflichtung"; datum: string; frist: string },
): Promise<string> {
  setHeute(t, brief.datum);
  const res = await client.send("POST", briefUrl(plan), brief);
  setHeute(t, HEUTE);
  expect(res.statusCode).toBe(201);
  return (res.json() as { id: string }).id;
}
