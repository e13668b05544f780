import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { z } from "zod";
import { argon2Hasher } from "../adapters/crypto/crypto";
import { hashNeuesPasswortOderAbbruch } from "../application/auth/passwortSetzen";
import { migrate } from "../adapters/db/migrate";
import { openDatabase } from "../adapters/db/openDatabase";
import { DEMO_PASSWORT } from "../adapters/db/seed/seedDemo";
import { seedJobcenter } from "../adapters/db/seed/seedJobcenter";
import { loadConfig } from "../config/config";
import { berlinDate } from "../domain/shared/isoDate";

const HELP = `Aufruf: kooperationsplan seed [--persons N] [--name NAME]

Füllt die Datenbank (DATABASE_URL oder PGlite in DATA_DIR) mit einem synthetischen Jobcenter:
N Personen (Standard 1000) mit Plänen in allen Zuständen, 20 Integrationsfachkräften und einer Teamleitung.
Passwort aller Konten: ${DEMO_PASSWORT} (veröffentlicht: die Konten melden sich nur mit DEMO_DATA=true an).
Nur für Tests und Benchmarks, nie für echte Daten.
`;

const ArgsSchema = z.object({
  persons: z.coerce.number().int().min(1).max(5_000_000).default(1000),
  name: z.string().min(1).max(100).default("Jobcenter Synthetik"),
});

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { persons: { type: "string" }, name: { type: "string" }, help: { type: "boolean" } },
    strict: false,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const args = ArgsSchema.safeParse(values);
  if (!args.success) {
    process.stderr.write(
      `Ungültige Angabe: ${args.error.issues.map((i) => i.path.join(".")).join(", ")}\n${HELP}`,
    );
    return 2;
  }
  const config = loadConfig();
  const db = await openDatabase(config);
  await migrate(db);
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    { format: "Personen {bar} {value}/{total} ({percentage} %) {eta_formatted}", stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(args.data.persons, 0);
  const kennung = Date.now().toString(36);
  const konten = [
    ...Array.from({ length: 20 }, (_, i) => ({
      benutzername: `ifk${i + 1}.${kennung}`,
      name: `Integrationsfachkraft ${i + 1}`,
      rolle: "integrationsfachkraft" as const,
      email: "",
      telefon: "",
    })),
    {
      benutzername: `tl.${kennung}`,
      name: "Teamleitung",
      rolle: "teamleitung" as const,
      email: "",
      telefon: "",
    },
  ];
  await seedJobcenter(db, {
    name: args.data.name,
    anschrift: "Synthetische Straße 1",
    konten,
    passwortHash: await hashNeuesPasswortOderAbbruch(argon2Hasher, DEMO_PASSWORT),
    demo: true,
    personen: args.data.persons,
    heute: berlinDate(new Date()),
    seed: Number.parseInt(kennung, 36) % 100_000,
    onProgress: (n) => bar.update(n),
  });
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  const size = await db.ownerTransaction((sql) =>
    sql.query<{ s: string }>("SELECT pg_size_pretty(pg_database_size(current_database())) AS s"),
  );
  process.stderr.write(
    `Fertig: ${args.data.persons} Personen in ${seconds.toFixed(1)} s; Datenbankgröße ${size[0]?.s ?? "?"} (${db.kind}).\n`,
  );
  await db.close();
  return 0;
}
