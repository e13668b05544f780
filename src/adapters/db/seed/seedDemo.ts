import type { PasswordHasher } from "../../../application/auth/ports";
import type { IsoDate } from "../../../domain/shared/isoDate";
import type { Database } from "../database";
import { seedAngebote } from "./seedAngebote";
import { seedZeitpunkt } from "./seedZeitpunkt";
import { seedJobcenter, type SeedKonto } from "./seedJobcenter";
import { seedRechtsfolgen } from "./seedRechtsfolgen";

/** Demo password of every demo account (listed in the README; demo data only). */
export const DEMO_PASSWORT = "Kooperation2026";

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
  const passwortHash = await hasher.hash(DEMO_PASSWORT);
  const musterstadt = await seedJobcenter(db, {
    name: "Jobcenter Musterstadt",
    anschrift: "Hauptstraße 1, 12345 Musterstadt",
    konten: DEMO_KONTEN,
    passwortHash,
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
    personen: 7,
    heute,
    seed: 7,
  });
  return true;
}
