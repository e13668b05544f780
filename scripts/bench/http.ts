/**
 * Throughput and latency of the busiest counsellor requests (caseload, person file, plan page, draft save)
 * against the raw limit of the same database measured by pgbench in the same run.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench -- http
 *   npm run bench -- http            (PGlite in memory; pgbench is skipped)
 */
import { execFileSync } from "node:child_process";
import pg from "pg";
import { argon2Hasher } from "../../src/adapters/crypto/crypto";
import type { Database } from "../../src/adapters/db/database";
import { migrate } from "../../src/adapters/db/migrate";
import { openPglite } from "../../src/adapters/db/pgliteDatabase";
import { openPostgres } from "../../src/adapters/db/postgresDatabase";
import { seedJobcenter } from "../../src/adapters/db/seed/seedJobcenter";
import { buildApp } from "../../src/adapters/http/buildApp";
import { composeApp } from "../../src/composition";
import { berlinDate } from "../../src/domain/shared/isoDate";

const PERSONEN = Number(process.env.BENCH_PERSONS ?? 5000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = 8;

async function freshDatabase(): Promise<{ db: Database; url: string | null; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const db = await openPglite();
    return { db, url: null, drop: () => db.close() };
  }
  const name = `kp_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function load(name: string, request: (i: number) => Promise<Response>): Promise<void> {
  const latencies: number[] = [];
  const end = performance.now() + SECONDS * 1000;
  let errors = 0;
  let i = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        const res = await request(i++);
        await res.arrayBuffer();
        if (!res.ok) errors++;
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const rps = latencies.length / SECONDS;
  console.log(
    `${name.padEnd(34)} ${rps.toFixed(0).padStart(6)} req/s   p50 ${percentile(latencies, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(latencies, 95).toFixed(1).padStart(6)} ms   Fehler ${errors}`,
  );
}

function pgbench(url: string): void {
  try {
    const u = new URL(url);
    const args = ["-h", u.hostname, "-p", u.port || "5432", "-U", u.username || "postgres"];
    const db = u.pathname.slice(1);
    execFileSync("pgbench", [...args, "-i", "-q", "-s", "5", db], { stdio: "ignore" });
    const out = execFileSync(
      "pgbench",
      [...args, "-S", "-c", String(CONCURRENCY), "-j", "2", "-T", String(SECONDS), db],
      { encoding: "utf8" },
    );
    const tps = /tps = ([\d.]+)/.exec(out)?.[1];
    console.log(`${"pgbench -S (raw select limit)".padEnd(34)} ${Number(tps).toFixed(0).padStart(6)} tx/s`);
  } catch {
    console.log("pgbench nicht verfügbar: Vergleich übersprungen");
  }
}

const { db, url, drop } = await freshDatabase();
await migrate(db);
const hash = await argon2Hasher.hash("bench-passwort");
const heute = berlinDate(new Date());
const konten = Array.from({ length: 20 }, (_, i) => ({
  benutzername: `bench${i}`,
  name: `Bench ${i}`,
  rolle: "integrationsfachkraft" as const,
  email: "",
  telefon: "",
}));
await seedJobcenter(db, {
  name: "Bench",
  anschrift: "",
  konten,
  passwortHash: hash,
  personen: PERSONEN,
  heute,
  seed: 42,
});
const app = await buildApp(await composeApp(db, { logLevel: "silent", loginLimit: 10_000 }));
const address = await app.listen({ port: 0, host: "127.0.0.1" });
const login = await fetch(`${address}/api/v1/sitzung`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ benutzername: "bench0", passwort: "bench-passwort" }),
});
const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
const { csrfToken } = (await login.json()) as { csrfToken: string };
const headers = { cookie };
const faelle = (await (await fetch(`${address}/api/v1/faelle?status=entwurf`, { headers })).json()) as {
  faelle: { personId: string; planId: string }[];
};
const persons = faelle.faelle;
console.log(
  `Datenbank: ${db.kind}, ${PERSONEN} Personen, ${CONCURRENCY} parallele Clients, ${SECONDS} s je Messung`,
);
if (url) pgbench(url);
await load("GET /api/v1/faelle (50 Zeilen)", () => fetch(`${address}/api/v1/faelle`, { headers }));
await load("GET /faelle (HTML-Seite)", () => fetch(`${address}/faelle`, { headers }));
await load("GET /api/v1/personen/:id (Akte)", (i) =>
  fetch(`${address}/api/v1/personen/${persons[i % persons.length]?.personId}`, { headers }),
);
await load("GET /plaene/:id/versionen/1 (Seite)", (i) =>
  fetch(`${address}/plaene/${persons[i % persons.length]?.planId}/versionen/1`, { headers }),
);
const versions = new Map<string, number>();
await load("PUT Entwurf speichern", async (i) => {
  const p = persons[i % persons.length] as { planId: string };
  const current = (await (
    await fetch(`${address}/api/v1/kooperationsplaene/${p.planId}/versionen/1`, { headers })
  ).json()) as { version: { inhalt: unknown; lockVersion: number } };
  versions.set(p.planId, current.version.lockVersion);
  return fetch(`${address}/api/v1/kooperationsplaene/${p.planId}/versionen/1`, {
    method: "PUT",
    headers: { ...headers, "content-type": "application/json", "x-csrf-token": csrfToken },
    body: JSON.stringify({ inhalt: current.version.inhalt, lockVersion: current.version.lockVersion }),
  });
});
console.log(`RSS nach dem Lauf: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
await app.close();
await drop();
