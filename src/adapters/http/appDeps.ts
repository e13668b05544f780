import type {
  AnmeldeschutzStore,
  PasswordHasher,
  SitzungStore,
  TokenGenerator,
} from "../../application/auth/ports";
import type { GeheimnisTresor } from "../../application/portal/auth/deps";
import type { PortalAuthStore } from "../../application/portal/auth/ports";
import type { Clock, Ids, PdfRenderer } from "../../application/ports";
import type { BriefRenderer } from "../../application/rechtsfolgen/ports";
import type { Transaktionen } from "../../application/transaktionen";
import type { OidcKonfig } from "../../config/config";

/** Everything the HTTP adapter needs, wired once in `composition.ts` (from `main.ts` or a test). */
export interface AppDeps {
  /** Opens the transactions of a request and binds the repositories to them (no SQL in the HTTP layer). */
  transaktionen: Transaktionen;
  /** The recipients' accounts and sessions (portal login). */
  portalAuth: PortalAuthStore;
  clock: Clock;
  ids: Ids;
  pdf: PdfRenderer;
  briefe: BriefRenderer;
  store: SitzungStore;
  /** Login throttle per user name and client address, in the database. */
  schutz: AnmeldeschutzStore;
  hasher: PasswordHasher;
  tokens: TokenGenerator;
  dummyHash: string;
  /** Encrypts the recipients' TOTP secrets (AES-256-GCM, key `TOTP_KEY`). */
  tresor: GeheimnisTresor;
  /** The app runs with demo data: the demo accounts (published password) may log in. Default: no. */
  demoKonten?: boolean;
  logLevel?: string;
  /**
   * Which proxies may name the client (`X-Forwarded-For`): their addresses/CIDRs or a hop count.
   * Never `true`: that would take the first, client-written address (see `TRUST_PROXY` in the README).
   */
  trustProxy?: false | number | string[];
  /** Login requests per minute and client address (in memory, a coarse flood limit before the throttle). */
  loginLimit?: number;
  /** Portal login through OpenID Connect; unset or null: switched off. */
  oidc?: OidcKonfig | null;
}
