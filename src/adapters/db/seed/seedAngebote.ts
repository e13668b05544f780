import type { Database } from "../database";

type Zeile = [
  typ: string,
  titel: string,
  traeger: string,
  bereiche: string[],
  rest: number | null,
  fall: number | null,
];

/** Demo offers of a jobcentre: every type, with budgets that are plenty, scarce, used up and unknown. */
const DEMO_ANGEBOTE: Zeile[] = [
  ["coaching", "Bewerbungscoaching „Neustart Beruf“", "Lernwerk Nord", ["arbeit"], 1_200_000, 90_000],
  [
    "avgs",
    "AVGS Gesundheitscoaching „Stark im Alltag“",
    "Caritas Musterstadt",
    ["gesundheit", "arbeit"],
    150_000,
    60_000,
  ],
  ["bildungsgutschein", "Weiterbildung Fachkraft Lagerlogistik", "Bildungswerk Musterstadt", [], 0, 450_000],
  ["bewerbungskosten", "Bewerbungskosten (bis 260 € im Jahr)", "", [], 800_000, 26_000],
  ["fahrtkosten", "Fahrtkosten zu Vorstellungsgesprächen und Kursen", "", [], null, null],
  [
    "massnahme",
    "Berufssprachkurs B2 mit Praktikum",
    "Sprachschule am Markt",
    ["sprache", "arbeit"],
    2_500_000,
    120_000,
  ],
  [
    "coaching",
    "Familiencoaching: Kinderbetreuung und Arbeit",
    "Diakonie Musterstadt",
    ["familie_persoenliches"],
    40_000,
    null,
  ],
];

/** Inserts the demo offer catalogue (as owner; demo data only). */
export async function seedAngebote(db: Database, jobcenterId: string, jetzt: Date): Promise<void> {
  await db.ownerTransaction(async (sql) => {
    for (const [typ, titel, traeger, bereiche, rest, fall] of DEMO_ANGEBOTE)
      await sql.query(
        `INSERT INTO angebot (jobcenter_id, typ, titel, traeger, bereiche, restbudget_cent, kosten_pro_fall_cent, geaendert_am)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [jobcenterId, typ, titel, traeger, bereiche, rest, fall, jetzt],
      );
  });
}
