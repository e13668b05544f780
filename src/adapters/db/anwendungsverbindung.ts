import pg from "pg";
import type { Config } from "../../config/config";

export type Anwendungsverbindung = "pglite" | "anwendungsrolle" | "eigentuemer-erlaubt";

interface Rollenrechte {
  rolname: string;
  rolsuper: boolean;
  rolbypassrls: boolean;
  eigentuemer: boolean;
}

/** What the request connection's login may do beyond kp_app: superuser, BYPASSRLS, or (member of) the table owner. */
async function rechteDerAnmeldung(url: string): Promise<Rollenrechte> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<Rollenrechte>(
      `SELECT r.rolname, r.rolsuper, r.rolbypassrls,
              EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                        AND pg_has_role(r.oid, c.relowner, 'MEMBER')) AS eigentuemer
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    return rows[0] as Rollenrechte;
  } finally {
    await client.end();
  }
}

/**
 * Start-up check (issue 10, ADR 0022): on PostgreSQL, requests must run over a login that can do no more
 * than kp_app, i.e. `APP_DATABASE_URL` set to a login that is neither superuser nor BYPASSRLS nor (a
 * member of) the owner of the tables. Otherwise the server refuses to start, unless
 * `ALLOW_OWNER_CONNECTION=true`, which it then names in one plain log line. Runs after the migrations
 * (the owner of the tables is known then). PGlite is single-user and exempt: it always switches to kp_app
 * per transaction.
 */
export async function pruefeAnwendungsverbindung(
  config: Pick<Config, "DATABASE_URL" | "APP_DATABASE_URL" | "ALLOW_OWNER_CONNECTION">,
  log: (zeile: string) => void = console.warn,
): Promise<Anwendungsverbindung> {
  if (!config.DATABASE_URL) return "pglite";
  let grund: string | null = null;
  if (!config.APP_DATABASE_URL) {
    grund = "APP_DATABASE_URL ist nicht gesetzt (Anfragen über die Eigentümer-Verbindung DATABASE_URL)";
  } else {
    const r = await rechteDerAnmeldung(config.APP_DATABASE_URL);
    const rechte = [
      r.rolsuper ? "Superuser" : null,
      r.rolbypassrls ? "BYPASSRLS" : null,
      r.eigentuemer ? "Eigentümer der Tabellen" : null,
    ].filter((x): x is string => x !== null);
    if (rechte.length > 0)
      grund = `APP_DATABASE_URL meldet sich als „${r.rolname}“ an (${rechte.join(", ")}), nicht als kp_app`;
  }
  if (grund === null) return "anwendungsrolle";
  if (config.ALLOW_OWNER_CONNECTION === "true") {
    log(`Warnung: ${grund}; ALLOW_OWNER_CONNECTION=true erlaubt das (nur für Entwicklung und Tests).`);
    return "eigentuemer-erlaubt";
  }
  throw new Error(
    `Start verweigert: ${grund}. Setzen Sie APP_DATABASE_URL auf eine Anmeldung als kp_app ` +
      "(README, „Production“) oder, nur für Entwicklung und Tests, ALLOW_OWNER_CONNECTION=true.",
  );
}
