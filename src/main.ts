import { demoDatenAn, loadConfig, oidcKonfig } from "./config/config";
import { pruefeAnwendungsverbindung } from "./adapters/db/anwendungsverbindung";
import { ensureAuditPartitions } from "./adapters/db/ensureAuditPartitions";
import { migrate } from "./adapters/db/migrate";
import { openDatabase } from "./adapters/db/openDatabase";
import { demoKontenMeldung, seedDemo } from "./adapters/db/seed/seedDemo";
import { aesGcmTresor, totpSchluessel } from "./adapters/crypto/geheimnisTresor";
import { buildApp } from "./adapters/http/buildApp";
import { berlinDate } from "./domain/shared/isoDate";
import { composeApp } from "./composition";
import { erinnerungsDienst, type ErinnerungsDienst } from "./erinnerung";
import { de } from "./web/translations/de";

/** Starts the server: open the database, run migrations, create demo data on first start, listen. */
async function start(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  const demo = demoDatenAn(config, db.kind);
  // Before anything is migrated or served: in production without demo data TOTP_KEY is required.
  const totp = totpSchluessel({ TOTP_KEY: config.TOTP_KEY, NODE_ENV: process.env.NODE_ENV }, demo);
  if (totp.warnung) console.warn(totp.warnung);
  await migrate(db);
  // Requests must not run as owner or superuser on PostgreSQL (ADR 0022); refuses to start otherwise.
  await pruefeAnwendungsverbindung(config).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  const deps = await composeApp(db, {
    demoKonten: demo,
    tresor: aesGcmTresor(totp.schluessel),
    logLevel: config.LOG_LEVEL,
    trustProxy: config.TRUST_PROXY,
    loginLimit: config.LOGIN_RATE_LIMIT,
    oidc: oidcKonfig(config),
  });
  if (demo && (await seedDemo(db, deps.hasher, berlinDate(deps.clock.now()))))
    console.warn("Demo-Daten angelegt (Jobcenter Musterstadt).");
  const demoMeldung = await demoKontenMeldung(db, demo);
  if (demoMeldung) console.warn(demoMeldung);
  const app = await buildApp(deps);
  // Audit partitions follow the app's clock; refreshed daily so a long-running server never lacks its month.
  const partitionen = setInterval(
    () => {
      ensureAuditPartitions(db, deps.clock.now()).catch(() =>
        console.error("Audit-Partitionen nicht angelegt"),
      );
    },
    24 * 60 * 60 * 1000,
  );
  partitionen.unref();
  // Reminders by e-mail (ADR 0024): only with SMTP_URL; the in-app inbox works either way.
  let erinnerungen: ErinnerungsDienst | null = null;
  if (config.SMTP_URL) {
    erinnerungen = erinnerungsDienst(db, {
      clock: deps.clock,
      smtpUrl: config.SMTP_URL,
      von: config.MAIL_FROM,
      basisUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
    });
    erinnerungen.start({ versandMs: 60 * 1000, planungMs: 15 * 60 * 1000 });
  } else console.warn(de.erinnerung.mailAus);
  const shutdown = async () => {
    clearInterval(partitionen);
    await erinnerungen?.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  await app.listen({ port: config.PORT, host: config.HOST });
  console.warn(`Kooperationsplan läuft auf http://localhost:${config.PORT} (Datenbank: ${db.kind})`);
}

start().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : "Start fehlgeschlagen");
  process.exit(1);
});
