import { isIP } from "node:net";
import { z } from "zod";

/** proxy-addr's names for address ranges, as Fastify's `trustProxy` accepts them. */
const BEREICHE = new Set(["loopback", "linklocal", "uniquelocal"]);

function proxyEintragGueltig(eintrag: string): boolean {
  if (BEREICHE.has(eintrag)) return true;
  const [adresse = "", praefix, ...rest] = eintrag.split("/");
  const familie = isIP(adresse);
  if (familie === 0 || rest.length > 0) return false;
  if (praefix === undefined) return true;
  const n = Number(praefix);
  return /^\d{1,3}$/.test(praefix) && n <= (familie === 4 ? 32 : 128);
}

/**
 * Which proxies may name the client in `X-Forwarded-For`: `false` (default, none), a hop count (`1`: the
 * one proxy in front), or a comma-separated list of addresses and CIDRs. `true` is refused: it would
 * trust every hop and so take the first address, which the client writes itself (issue 10).
 */
export const TrustProxySchema = z
  .string()
  .default("false")
  .transform((wert, ctx): false | number | string[] => {
    const v = wert.trim();
    if (v === "false" || v === "") return false;
    if (/^\d+$/.test(v)) {
      const hops = Number(v);
      if (hops >= 1 && hops <= 10) return hops;
    } else if (v !== "true") {
      const liste = v
        .split(",")
        .map((e) => e.trim())
        .filter(Boolean);
      if (liste.length > 0 && liste.every(proxyEintragGueltig)) return liste;
    }
    ctx.addIssue({
      code: "custom",
      message:
        "TRUST_PROXY: Adressen/CIDR der Proxys (kommagetrennt) oder Anzahl der Proxys (1–10); nicht true",
    });
    return z.NEVER;
  });

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  /** PostgreSQL owner connection; unset: embedded PGlite in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Login as the application role kp_app for requests; required on PostgreSQL (ADR 0022). */
  APP_DATABASE_URL: z.string().url().optional(),
  /** Development and tests only: start on PostgreSQL although requests would run as owner or superuser. */
  ALLOW_OWNER_CONNECTION: z.enum(["true", "false"]).default("false"),
  DATA_DIR: z.string().default("./data/pglite"),
  /** Fill an empty database with the demo jobcentre. Default: on for PGlite, off for PostgreSQL. */
  DEMO_DATA: z.enum(["true", "false"]).optional(),
  /** Login requests per minute and client address (in-memory flood limit; the throttle per account is in the database). */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  TRUST_PROXY: TrustProxySchema,
  /** Key for the recipients' TOTP secrets: 32 bytes, base64 (`openssl rand -base64 32`). Required in production. */
  TOTP_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  /** Portal login through OpenID Connect (BundID, jobcentre SSO); on when issuer, id and secret are set. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z.string().url().optional(),
  /** Reminders by e-mail (ADR 0024): `smtp://user:pass@host:587` or `smtps://…`; unset: mail is off. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, { message: "SMTP_URL" })
    .optional(),
  /** Sender of the reminders; its domain also names the Message-IDs. */
  MAIL_FROM: z.string().email().default("kooperationsplan@jobcenter-musterstadt.example"),
  /** Public address of the app, for the links in the e-mails. Default: http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Reads the configuration from the environment; exits with a clear message when it is invalid. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const felder = parsed.error.issues
      .map((i) => (i.code === "custom" ? i.message : i.path.join(".")))
      .join(", ");
    throw new Error(`Ungültige Konfiguration in: ${felder}`);
  }
  return parsed.data;
}

/**
 * Whether the app runs with demo data: `DEMO_DATA`, by default on for PGlite and off for PostgreSQL.
 * Only then do the demo accounts (published password) log in (ADR 0021).
 */
export function demoDatenAn(config: Pick<Config, "DEMO_DATA">, kind: "pglite" | "postgres"): boolean {
  return config.DEMO_DATA ? config.DEMO_DATA === "true" : kind === "pglite";
}

/** The portal's OpenID Connect client, or null when it is not configured. */
export interface OidcKonfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Default: `<request origin>/portal/oidc/callback`. */
  redirectUri?: string;
}

export function oidcKonfig(config: Config): OidcKonfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = config;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    ...(config.OIDC_REDIRECT_URI ? { redirectUri: config.OIDC_REDIRECT_URI } : {}),
  };
}
