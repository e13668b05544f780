import type { Rolle } from "../../../application/ports";
import { randomUUID } from "node:crypto";
import { addDays, addMonths, type IsoDate } from "../../../domain/shared/isoDate";
import { rechtsstandAm } from "../../../domain/rechtsstand/rechtsstandAm";
import type { Database } from "../database";
import { beispielInhalt, NACHNAMEN, pick, prng, VORNAMEN } from "./beispielInhalte";
import { bulkInsert } from "./bulkInsert";
import { seedZeitpunkt } from "./seedZeitpunkt";

export interface SeedKonto {
  benutzername: string;
  name: string;
  rolle: Rolle;
  email: string;
  telefon: string;
}

export interface SeedOptions {
  name: string;
  anschrift: string;
  konten: SeedKonto[];
  passwortHash: string;
  /** The accounts' password is published (demo data, synthetic benchmark data): mark them `demo`. */
  demo?: boolean;
  personen: number;
  heute: IsoDate;
  /** When the rows are written (created_at); default: `heute` at noon UTC. */
  jetzt?: Date;
  seed: number;
  batch?: number;
  onProgress?: (done: number) => void;
}

type Zustand = "kein_plan" | "entwurf" | "aktuell" | "faellig" | "ueberfaellig" | "fortgeschrieben";
const ZUSTAENDE: Zustand[] = [
  "kein_plan",
  "entwurf",
  "aktuell",
  "aktuell",
  "faellig",
  "ueberfaellig",
  "fortgeschrieben",
];

const PERSON_COLS = {
  id: "uuid",
  jobcenter_id: "uuid",
  betreuer_id: "uuid",
  vorname: "text",
  nachname: "text",
  geburtsdatum: "date",
  bg_nummer: "text",
  email: "text",
  telefon: "text",
  sprache: "text",
  created_at: "timestamptz",
};
const PA_COLS = {
  jobcenter_id: "uuid",
  person_id: "uuid",
  datum: "date",
  staerken: "text",
  qualifikationen: "text",
  berufserfahrung: "text",
  sprachniveau_deutsch: "text",
  gesundheitliche_einschraenkung: "boolean",
  weitere_umstaende: "text",
  erstellt_von: "uuid",
  created_at: "timestamptz",
};
const PLAN_COLS = { id: "uuid", jobcenter_id: "uuid", person_id: "uuid", created_at: "timestamptz" };
const VERSION_COLS = {
  jobcenter_id: "uuid",
  plan_id: "uuid",
  person_id: "uuid",
  nummer: "integer",
  status: "text",
  inhalt: "jsonb",
  rechtsstand: "text",
  abgestimmt_am: "date",
  uebergabe_kanal: "text",
  ueberpruefung_am: "date",
  erstellt_von: "uuid",
  created_at: "timestamptz",
  updated_at: "timestamptz",
};

/** Creates a jobcentre with staff and `personen` persons whose plans are in every state. Returns the jobcentre id. */
export async function seedJobcenter(db: Database, o: SeedOptions): Promise<string> {
  const rand = prng(o.seed);
  const jobcenterId = randomUUID();
  const jetzt = (o.jetzt ?? seedZeitpunkt(o.heute)).toISOString();
  const konten = o.konten.map((k) => ({ ...k, id: randomUUID() }));
  await db.ownerTransaction(async (sql) => {
    await sql.query("INSERT INTO jobcenter (id, name, anschrift, created_at) VALUES ($1, $2, $3, $4)", [
      jobcenterId,
      o.name,
      o.anschrift,
      jetzt,
    ]);
    await bulkInsert(
      sql,
      "mitarbeitende",
      {
        id: "uuid",
        jobcenter_id: "uuid",
        benutzername: "text",
        name: "text",
        email: "text",
        telefon: "text",
        rolle: "text",
        passwort_hash: "text",
        demo: "boolean",
        created_at: "timestamptz",
      },
      konten.map((k) => ({
        ...k,
        jobcenter_id: jobcenterId,
        passwort_hash: o.passwortHash,
        demo: o.demo ?? false,
        created_at: jetzt,
      })),
    );
  });
  const betreuer = konten.filter((k) => k.rolle === "integrationsfachkraft");
  const size = o.batch ?? 1000;
  for (let start = 0; start < o.personen; start += size) {
    type Zeile = Record<string, unknown>;
    const personen: Zeile[] = [];
    const pas: Zeile[] = [];
    const plaene: Zeile[] = [];
    const versionen: Zeile[] = [];
    for (let i = start; i < Math.min(o.personen, start + size); i++) {
      const id = randomUUID();
      const b = betreuer[i % betreuer.length] as (typeof konten)[number];
      const vorname = pick(rand, VORNAMEN);
      const geburt = addDays("1965-01-01", Math.floor(rand() * 14000));
      personen.push({
        id,
        jobcenter_id: jobcenterId,
        betreuer_id: b.id,
        vorname,
        nachname: pick(rand, NACHNAMEN),
        geburtsdatum: geburt,
        bg_nummer: `${String(10000 + (o.seed % 89999)).padStart(5, "0")}BG${String(i + 1).padStart(7, "0")}`,
        email: "",
        telefon: "",
        sprache: pick(rand, ["de", "de", "de", "en", "ar", "uk", "tr"]),
        created_at: jetzt,
      });
      const zustand = ZUSTAENDE[i % ZUSTAENDE.length] as Zustand;
      if (zustand === "kein_plan") continue;
      pas.push({
        jobcenter_id: jobcenterId,
        person_id: id,
        datum: addDays(o.heute, -200),
        staerken: "Zuverlässig, arbeitet gern im Team.",
        qualifikationen: "Hauptschulabschluss",
        berufserfahrung: "3 Jahre im Lager",
        sprachniveau_deutsch: pick(rand, ["muttersprache", "B2", "B1", "A2"]),
        gesundheitliche_einschraenkung: rand() < 0.15,
        weitere_umstaende: "",
        erstellt_von: b.id,
        created_at: jetzt,
      });
      const planId = randomUUID();
      plaene.push({ id: planId, jobcenter_id: jobcenterId, person_id: id, created_at: jetzt });
      const v = (nummer: number, status: string, am: IsoDate | null, monate = 6) => ({
        jobcenter_id: jobcenterId,
        plan_id: planId,
        person_id: id,
        nummer,
        status,
        rechtsstand: rechtsstandAm(am ?? o.heute),
        erstellt_von: b.id,
        inhalt: beispielInhalt(rand, addDays(am ?? o.heute, 30), addDays(o.heute, 14), nummer),
        abgestimmt_am: am,
        uebergabe_kanal: am ? pick(rand, ["persoenlich", "persoenlich", "post", "digital"]) : null,
        ueberpruefung_am: am ? addMonths(am, monate) : null,
        // Drafts began a week before "today", agreed versions on their day: never after their agreement.
        created_at: `${am ?? addDays(o.heute, -7)}T09:00:00+01:00`,
        updated_at: jetzt,
      });
      const tage = Math.floor(rand() * 90);
      if (zustand === "entwurf") versionen.push(v(1, "entwurf", null));
      if (zustand === "aktuell") versionen.push(v(1, "abgestimmt", addDays(o.heute, -20 - tage)));
      if (zustand === "faellig")
        versionen.push(v(1, "abgestimmt", addDays(addMonths(o.heute, -6), 3 + (tage % 10))));
      if (zustand === "ueberfaellig")
        versionen.push(v(1, "abgestimmt", addDays(addMonths(o.heute, -6), -5 - tage)));
      if (zustand === "fortgeschrieben")
        versionen.push(
          v(1, "ersetzt", addDays(o.heute, -200 - tage)),
          v(2, "abgestimmt", addDays(o.heute, -15 - (tage % 20))),
        );
    }
    await db.ownerTransaction(async (sql) => {
      await bulkInsert(sql, "leistungsberechtigte", PERSON_COLS, personen);
      await bulkInsert(sql, "potenzialanalyse", PA_COLS, pas);
      await bulkInsert(sql, "kooperationsplan", PLAN_COLS, plaene);
      await bulkInsert(sql, "plan_version", VERSION_COLS, versionen);
    });
    o.onProgress?.(Math.min(o.personen, start + size));
  }
  return jobcenterId;
}
