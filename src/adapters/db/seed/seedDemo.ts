import type { PasswordHasher } from "../../../application/auth/ports";
import { hashNeuesPasswortOderAbbruch } from "../../../application/auth/passwortSetzen";
import type { IsoDate } from "../../../domain/shared/isoDate";
import type { Database } from "../database";
import { seedAngebote } from "./seedAngebote";
import { seedZeitpunkt } from "./seedZeitpunkt";
import { seedJobcenter, type SeedKonto } from "./seedJobcenter";
import { seedRechtsfolgen } from "./seedRechtsfolgen";

/**
 * Demo password of every demo account (published in the README). It passes the password rule, but as
 * it is public the accounts are marked `demo` and log in only while demo data is on (ADR 0021).
 */
export const DEMO_PASSWORT = "Musterstadt-2026";

export const DEMO_KONTEN: SeedKonto[] = [
  {
    benutzername: "berger",
    name: "Anna Berger",
    rolle: "integrationsfachkraft",
    email: "anna.berger@jobcenter-musterstadt.example",
    telefon: "0301 2345-101",
  },
  {
    benutzername: "weber",
    name: "Jonas Weber",
    rolle: "integrationsfachkraft",
    email: "jonas.weber@jobcenter-musterstadt.example",
    telefon: "0301 2345-102",
  },
  {
    benutzername: "teamleitung",
    name: "Sabine Krause",
    rolle: "teamleitung",
    email: "sabine.krause@jobcenter-musterstadt.example",
    telefon: "0301 2345-100",
  },
  {
    benutzername: "admin",
    name: "Admin Musterstadt",
    rolle: "admin",
    email: "it@jobcenter-musterstadt.example",
    telefon: "0301 2345-199",
  },
  {
    benutzername: "datenschutz",
    name: "Dr. Miriam Roth",
    rolle: "datenschutz",
    email: "datenschutz@jobcenter-musterstadt.example",
    telefon: "0301 2345-190",
  },
];

export const NACHBAR_KONTEN: SeedKonto[] = [
  {
    benutzername: "nachbar",
    name: "Tarek Aziz",
    rolle: "integrationsfachkraft",
    email: "tarek.aziz@jobcenter-nachbarstadt.example",
    telefon: "0302 555-10",
  },
];

/** Fills an empty database with the demo jobcentre (about 50 persons) and a second jobcentre. */
export async function seedDemo(db: Database, hasher: PasswordHasher, heute: IsoDate): Promise<boolean> {
  const rows = await db.ownerTransaction((sql) =>
    sql.query<{ n: number }>("SELECT count(*)::int AS n FROM jobcenter"),
  );
  if ((rows[0]?.n ?? 0) > 0) return false;
  const passwortHash = await hashNeuesPasswortOderAbbruch(hasher, DEMO_PASSWORT);
  const musterstadt = await seedJobcenter(db, {
    name: "Jobcenter Musterstadt",
    anschrift: "Hauptstraße 1, 12345 Musterstadt",
    konten: DEMO_KONTEN,
    passwortHash,
    demo: true,
    personen: 49,
    heute,
    seed: 2026,
  });
  await seedRechtsfolgen(db, musterstadt, heute);
  await seedAngebote(db, musterstadt, seedZeitpunkt(heute));
  await seedJobcenter(db, {
    name: "Jobcenter Nachbarstadt",
    anschrift: "Bahnhofstraße 5, 12399 Nachbarstadt",
    konten: NACHBAR_KONTEN,
    passwortHash,
    demo: true,
    personen: 7,
    heute,
    seed: 7,
  });
  return true;
}

/**
 * The start-up line about demo accounts: with demo data on, a plain warning that accounts with published
 * passwords are active; with it off, that existing demo accounts are refused. Null when there are none.
 */
export async function demoKontenMeldung(db: Database, demoAn: boolean): Promise<string | null> {
  const rows = await db.ownerTransaction((sql) =>
    sql.query<{ benutzername: string }>(
      "SELECT benutzername FROM mitarbeitende WHERE demo ORDER BY benutzername LIMIT 50",
    ),
  );
  if (rows.length === 0) return null;
  const namen = rows.map((r) => r.benutzername).join(", ");
  return demoAn
    ? `WARNUNG: Demo-Konten mit veröffentlichtem Passwort sind aktiv (${namen}). Nie mit echten Daten betreiben; abschalten mit DEMO_DATA=false.`
    : `Demo-Konten vorhanden, aber gesperrt (DEMO_DATA=false): ${namen}.`;
}
