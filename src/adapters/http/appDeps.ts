import type { PasswordHasher, SitzungStore, TokenGenerator } from "../../application/auth/ports";
import type { Clock, Ids, PdfRenderer } from "../../application/ports";
import type { BriefRenderer } from "../../application/rechtsfolgen/ports";
import type { OidcKonfig } from "../../config/config";
import type { Database } from "../db/database";

/** Everything the HTTP adapter needs, wired once in `main.ts` (or in a test). */
export interface AppDeps {
  db: Database;
  clock: Clock;
  ids: Ids;
  pdf: PdfRenderer;
  briefe: BriefRenderer;
  store: SitzungStore;
  hasher: PasswordHasher;
  tokens: TokenGenerator;
  dummyHash: string;
  logLevel?: string;
  trustProxy?: boolean;
  /** Login attempts per minute and client address. */
  loginLimit?: number;
  /** Portal login through OpenID Connect; unset or null: switched off. */
  oidc?: OidcKonfig | null;
}
