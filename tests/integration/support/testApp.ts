import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { seedJobcenter } from "../../../src/adapters/db/seed/seedJobcenter";
import { buildApp } from "../../../src/adapters/http/buildApp";
import type { Clock, Rolle } from "../../../src/application/ports";
import { composeApp } from "../../../src/composition";
import { argon2Hasher } from "../../../src/adapters/crypto/crypto";
import type { OidcKonfig } from "../../../src/config/config";
import { createTestDatabase, type Backend, type TestDatabase } from "./testDatabase";

export const PASSWORT = "Test-Passwort-1";
/** "Today" in every integration test: 26.11.2026, 10:00 in Berlin. */
export const HEUTE = "2026-11-26";

export interface TestApp {
  app: FastifyInstance;
  tdb: TestDatabase;
  clock: Clock & { set(iso: string): void };
  jobcenterA: string;
  jobcenterB: string;
  close(): Promise<void>;
}

/** App on a fresh database with two jobcentres: A (ifk_a1, ifk_a2, tl_a, admin_a, ds_a, 14 persons) and B (ifk_b, 7 persons). */
export async function createTestApp(
  backend: Backend,
  options: { loginLimit?: number; oidc?: OidcKonfig; trustProxy?: false | number | string[] } = {},
): Promise<TestApp> {
  const tdb = await createTestDatabase(backend);
  let now = new Date(`${HEUTE}T10:00:00+01:00`);
  const clock = { now: () => now, set: (iso: string) => (now = new Date(iso)) };
  const passwortHash = await argon2Hasher.hash(PASSWORT);
  const konto = (benutzername: string, rolle: Rolle) => ({
    benutzername,
    name: benutzername.toUpperCase(),
    rolle,
    email: `${benutzername}@example.org`,
    telefon: "0301 1",
  });
  const jobcenterA = await seedJobcenter(tdb.db, {
    name: "Jobcenter A",
    anschrift: "A-Straße 1",
    konten: [
      konto("ifk_a1", "integrationsfachkraft"),
      konto("ifk_a2", "integrationsfachkraft"),
      konto("tl_a", "teamleitung"),
      konto("admin_a", "admin"),
      konto("ds_a", "datenschutz"),
    ],
    passwortHash,
    personen: 14,
    heute: HEUTE,
    seed: 1,
  });
  const jobcenterB = await seedJobcenter(tdb.db, {
    name: "Jobcenter B",
    anschrift: "B-Straße 1",
    konten: [konto("ifk_b", "integrationsfachkraft")],
    passwortHash,
    personen: 7,
    heute: HEUTE,
    seed: 2,
  });
  const deps = await composeApp(tdb.db, {
    clock,
    logLevel: process.env.KP_TEST_LOG ?? "silent",
    loginLimit: options.loginLimit ?? 1000,
    oidc: options.oidc ?? null,
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
  });
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    tdb,
    clock,
    jobcenterA,
    jobcenterB,
    close: async () => {
      await app.close();
      await tdb.drop();
    },
  };
}

export interface Client {
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  send(
    method: "POST" | "PUT" | "DELETE",
    url: string,
    body?: unknown,
    options?: { csrf?: string | null },
  ): Promise<LightMyRequestResponse>;
}

/** Logs in through the API and returns a client that sends the session cookie and CSRF header. */
export async function login(app: FastifyInstance, benutzername: string): Promise<Client> {
  const res = await app.inject({
    method: "POST",
    url: "/api/v1/sitzung",
    payload: { benutzername, passwort: PASSWORT },
  });
  if (res.statusCode !== 201) throw new Error(`Login ${benutzername}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrf,
    get: (url) => app.inject({ method: "GET", url, headers: { cookie } }),
    send: (method, url, body, options) =>
      app.inject({
        method,
        url,
        headers: { cookie, ...(options?.csrf === null ? {} : { "x-csrf-token": options?.csrf ?? csrf }) },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      }),
  };
}

export interface FallJson {
  personId: string;
  planId: string | null;
  status: string;
  name: string;
}

/** The caseload rows of a client, filtered by status. */
export async function faelle(client: Client, status = "alle"): Promise<FallJson[]> {
  const res = await client.get(`/api/v1/faelle?status=${status}`);
  return (res.json() as { faelle: FallJson[] }).faelle;
}

export async function countRows(tdb: TestDatabase, table: string): Promise<number> {
  const rows = await tdb.db.ownerTransaction((sql) =>
    sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`),
  );
  return rows[0]?.n ?? 0;
}
