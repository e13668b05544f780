/**
 * Latency of the inbox (Posteingang) for one counsellor of 200 cases in a jobcentre of 4,000 persons
 * (20 counsellors), each person with a portal account, 10 logged applications, a step report and, for half
 * of them, a done mark; plus the caseload, which now counts open items per person; then the same for the
 * team lead (the whole jobcentre). Sequential requests.
 *
 *   npx tsx scripts/bench/posteingang.ts                 (PGlite in memory)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx scripts/bench/posteingang.ts
 */
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

const BERATENDE = 20;
const JE_BERATUNG = 200;
const LAEUFE = Number(process.env.BENCH_RUNS ?? 60);

async function freshDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const db = await openPglite();
    return { db, drop: () => db.close() };
  }
  const name = `kp_bench_eingang_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  return {
    db,
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const { db, drop } = await freshDatabase();
await migrate(db);
const jetzt = new Date();
const heute = berlinDate(jetzt);
const konten = [
  ...Array.from({ length: BERATENDE }, (_, i) => ({
    benutzername: `bench${i}`,
    name: `Bench ${i}`,
    rolle: "integrationsfachkraft" as const,
    email: "",
    telefon: "",
  })),
  { benutzername: "benchtl", name: "Bench TL", rolle: "teamleitung" as const, email: "", telefon: "" },
];
await seedJobcenter(db, {
  name: "Bench",
  anschrift: "",
  konten,
  passwortHash: await argon2Hasher.hash("bench-passwort"),
  personen: BERATENDE * JE_BERATUNG,
  heute,
  seed: 7,
});
await db.ownerTransaction(async (sql) => {
  await sql.query(
    `INSERT INTO portal_konto (jobcenter_id, person_id, erstellt_von, created_at)
     SELECT p.jobcenter_id, p.id, p.betreuer_id, $1 FROM leistungsberechtigte p`,
    [jetzt],
  );
  await sql.query(
    `INSERT INTO portal_bewerbung (jobcenter_id, person_id, konto_id, arbeitgeber, stelle, datum, kanal, ergebnis, erfasst_am)
     SELECT k.jobcenter_id, k.person_id, k.id, 'Firma', 'Stelle', $1::date - g, 'online', 'offen',
            $2::timestamptz - g * interval '1 day'
     FROM portal_konto k, generate_series(1, 10) g`,
    [heute, jetzt],
  );
  await sql.query(
    `INSERT INTO portal_schritt_status (jobcenter_id, person_id, konto_id, plan_version_id, eintrag_id, status, grund, gemeldet_am)
     SELECT v.jobcenter_id, v.person_id, k.id, v.id, v.inhalt->'schritte'->0->>'id', 'problem', 'Grund', $1
     FROM plan_version v JOIN portal_konto k ON k.person_id = v.person_id
     WHERE v.status = 'abgestimmt' AND jsonb_array_length(v.inhalt->'schritte') > 0`,
    [jetzt],
  );
  await sql.query(
    `INSERT INTO eingang_erledigt (jobcenter_id, mitarbeiter_id, person_id, art, bezug_id, erledigt_am)
     SELECT p.jobcenter_id, p.betreuer_id, p.id, 'bewerbung', 'portal', $1::timestamptz - interval '5 days'
     FROM leistungsberechtigte p WHERE get_byte(uuid_send(p.id), 0) % 2 = 0`,
    [jetzt],
  );
  await sql.query("ANALYZE");
});

const app = await buildApp(await composeApp(db, { logLevel: "silent", loginLimit: 10_000 }));
await app.ready();
async function anmelden(benutzername: string): Promise<string> {
  const login = await app.inject({
    method: "POST",
    url: "/api/v1/sitzung",
    payload: { benutzername, passwort: "bench-passwort" },
  });
  return login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
let cookie = await anmelden("bench0");

async function miss(url: string): Promise<void> {
  const zeiten: number[] = [];
  let eintraege = 0;
  for (let i = 0; i < LAEUFE + 5; i++) {
    const start = performance.now();
    const res = await app.inject({ method: "GET", url, headers: { cookie } });
    const ms = performance.now() - start;
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    if (i >= 5) zeiten.push(ms);
    if (url === "/api/v1/eingang") eintraege = (res.json() as { eintraege: unknown[] }).eintraege.length;
  }
  zeiten.sort((a, b) => a - b);
  const p = (q: number) =>
    (zeiten[Math.min(zeiten.length - 1, Math.floor(q * zeiten.length))] ?? 0).toFixed(1);
  console.log(
    `${url.padEnd(18)} p50 ${p(0.5).padStart(6)} ms   p95 ${p(0.95).padStart(6)} ms${eintraege ? `   ${eintraege} Einträge` : ""}`,
  );
}

console.log(`Datenbank: ${db.kind}, ${BERATENDE * JE_BERATUNG} Personen, ${JE_BERATUNG} je Beratung`);
await miss("/api/v1/eingang");
await miss("/eingang");
await miss("/faelle");
console.log(`Teamleitung (alle ${BERATENDE * JE_BERATUNG} Personen):`);
cookie = await anmelden("benchtl");
await miss("/api/v1/eingang");
await miss("/faelle");
await app.close();
await drop();
