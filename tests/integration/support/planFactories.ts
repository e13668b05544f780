import { expect } from "vitest";
import type { PlanInhaltInput } from "../../../src/domain/kooperationsplan/planInhalt";
import { buildPersonInput, buildPlanInhalt } from "./factories";
import type { Client } from "./testApp";

/**
 * Builders that create what a test needs through the API, so that no test relies on a row an earlier
 * test left behind (CI runs the tests shuffled). Each call makes a new person of the client's caseload.
 */
export async function createPerson(client: Client, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await client.send("POST", "/api/v1/personen", buildPersonInput(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

export interface Entwurf {
  personId: string;
  planId: string;
  nummer: number;
  lockVersion: number;
}

/** A new person (master data `person` over the defaults) with a saved draft (version 1) of the given content. */
export async function createEntwurf(
  client: Client,
  inhalt: PlanInhaltInput = buildPlanInhalt(),
  person: Record<string, unknown> = {},
): Promise<Entwurf> {
  const personId = await createPerson(client, person);
  const angelegt = await client.send("POST", `/api/v1/personen/${personId}/kooperationsplan`);
  expect(angelegt.statusCode, angelegt.body).toBe(201);
  const planId = angelegt.json().planId as string;
  const gespeichert = await client.send("PUT", `/api/v1/kooperationsplaene/${planId}/versionen/1`, {
    inhalt,
    lockVersion: 1,
  });
  expect(gespeichert.statusCode, gespeichert.body).toBe(200);
  return { personId, planId, nummer: 1, lockVersion: gespeichert.json().lockVersion as number };
}

/** A new person whose plan version 1 is agreed on `am` (default review date). */
export async function createAbgestimmterPlan(
  client: Client,
  am: string,
  inhalt: PlanInhaltInput = buildPlanInhalt(),
  person: Record<string, unknown> = {},
): Promise<Entwurf> {
  const entwurf = await createEntwurf(client, inhalt, person);
  const res = await client.send(
    "POST",
    `/api/v1/kooperationsplaene/${entwurf.planId}/versionen/1/abstimmung`,
    {
      am,
      kanal: "persoenlich",
      lockVersion: entwurf.lockVersion,
    },
  );
  expect(res.statusCode, res.body).toBe(200);
  return { ...entwurf, lockVersion: res.json().lockVersion as number };
}
