import { ensureAuditPartitions } from "./adapters/db/ensureAuditPartitions";
import { anmeldeschutzStore } from "./adapters/db/anmeldeschutzStore";
import { sitzungStore } from "./adapters/db/sitzungStore";
import { portalAuthStore } from "./adapters/db/repositories/portalAuthStore";
import { dbTransaktionen } from "./adapters/db/transaktionen";
import { argon2Hasher, randomIds, tokenGenerator } from "./adapters/crypto/crypto";
import { aesGcmTresor, ENTWICKLUNGS_SCHLUESSEL } from "./adapters/crypto/geheimnisTresor";
import type { Database } from "./adapters/db/database";
import type { AppDeps } from "./adapters/http/appDeps";
import { CachingPdfRenderer, PdfKitPlanRenderer } from "./adapters/pdf";
import { PdfKitBriefRenderer } from "./adapters/pdf/briefe/PdfKitBriefRenderer";
import type { Clock } from "./application/ports";

export const systemClock: Clock = { now: () => new Date() };

/** Wires the adapters to the ports once; tests call this with their own clock and database. */
export async function composeApp(db: Database, options: Partial<AppDeps> = {}): Promise<AppDeps> {
  const clock = options.clock ?? systemClock;
  await ensureAuditPartitions(db, clock.now());
  return {
    transaktionen: dbTransaktionen(db, clock),
    portalAuth: portalAuthStore(db, clock),
    clock,
    ids: randomIds,
    pdf: new CachingPdfRenderer(new PdfKitPlanRenderer()),
    briefe: new PdfKitBriefRenderer(),
    store: sitzungStore(db, clock),
    schutz: anmeldeschutzStore(db),
    hasher: argon2Hasher,
    tokens: tokenGenerator,
    dummyHash: await argon2Hasher.hash("kein-konto"),
    // main.ts passes the key from TOTP_KEY; tests and scripts use the fixed development key.
    tresor: aesGcmTresor(ENTWICKLUNGS_SCHLUESSEL),
    ...options,
  };
}
