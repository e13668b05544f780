import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruefeAnwendungsverbindung } from "../../src/adapters/db/anwendungsverbindung";
import { loadConfig } from "../../src/config/config";
import { adminQuery } from "./support/globalSetup";
import { BACKENDS, createTestDatabase, type TestDatabase } from "./support/testDatabase";

/**
 * Issue 10, "without APP_DATABASE_URL requests run over the owner connection": on PostgreSQL the server
 * refuses to start unless requests run over a login that can do no more than kp_app, or
 * ALLOW_OWNER_CONNECTION=true says otherwise (then one plain log line names it). PGlite is exempt.
 */
describe.each(BACKENDS)("start-up refuses an owner connection for requests (%s)", (backend) => {
  let tdb: TestDatabase;
  const zeilen: string[] = [];
  const log = (zeile: string) => zeilen.push(zeile);

  beforeAll(async () => {
    tdb = await createTestDatabase(backend);
  });
  afterAll(() => tdb.drop());

  /** The URL of this test's database with another login (no password: the test server trusts local logins). */
  const als = (benutzer: string) => {
    const url = new URL(tdb.url as string);
    url.username = benutzer;
    url.password = "";
    return url.toString();
  };

  if (backend === "pglite")
    it("the embedded PGlite needs no APP_DATABASE_URL (single user, kp_app per transaction)", async () => {
      zeilen.length = 0;
      expect(await pruefeAnwendungsverbindung(loadConfig({}), log)).toBe("pglite");
      expect(zeilen).toEqual([]);
    });

  if (backend === "postgres") {
    it("refuses to start without APP_DATABASE_URL, naming the variable", async () => {
      zeilen.length = 0;
      const config = loadConfig({ DATABASE_URL: tdb.url as string });
      await expect(pruefeAnwendungsverbindung(config, log)).rejects.toThrow(
        /Start verweigert: APP_DATABASE_URL ist nicht gesetzt.*ALLOW_OWNER_CONNECTION=true/,
      );
      expect(zeilen).toEqual([]);
    });

    it("refuses a login that is no superuser but may act as the owner of the tables", async () => {
      // Roles are cluster-wide: a name of this file's own, dropped again at the end.
      const rolle = `kp_test_eigner_${Math.random().toString(36).slice(2, 8)}`;
      const owner = new URL(tdb.url as string).username || "postgres";
      await adminQuery(
        tdb.url as string,
        `CREATE ROLE ${rolle} LOGIN NOSUPERUSER NOBYPASSRLS IN ROLE ${owner}`,
      );
      try {
        const config = loadConfig({ DATABASE_URL: tdb.url as string, APP_DATABASE_URL: als(rolle) });
        await expect(pruefeAnwendungsverbindung(config, log)).rejects.toThrow(
          new RegExp(`„${rolle}“ an \\(Eigentümer der Tabellen\\)`),
        );
      } finally {
        await adminQuery(tdb.url as string, `DROP ROLE ${rolle}`);
      }
    });

    it("refuses APP_DATABASE_URL as a superuser login", async () => {
      const owner = new URL(tdb.url as string).username || "postgres";
      const config = loadConfig({ DATABASE_URL: tdb.url as string, APP_DATABASE_URL: tdb.url as string });
      await expect(pruefeAnwendungsverbindung(config, log)).rejects.toThrow(
        new RegExp(`meldet sich als „${owner}“ an \\(Superuser.*nicht als kp_app`),
      );
    });

    it("starts with ALLOW_OWNER_CONNECTION=true and says so in one plain line", async () => {
      zeilen.length = 0;
      const config = loadConfig({ DATABASE_URL: tdb.url as string, ALLOW_OWNER_CONNECTION: "true" });
      expect(await pruefeAnwendungsverbindung(config, log)).toBe("eigentuemer-erlaubt");
      expect(zeilen).toHaveLength(1);
      expect(zeilen[0]).toMatch(/^Warnung: APP_DATABASE_URL ist nicht gesetzt.*ALLOW_OWNER_CONNECTION=true/);
    });

    it("starts silently with APP_DATABASE_URL as a login of kp_app", async () => {
      zeilen.length = 0;
      const config = loadConfig({ DATABASE_URL: tdb.url as string, APP_DATABASE_URL: als("kp_app") });
      expect(await pruefeAnwendungsverbindung(config, log)).toBe("anwendungsrolle");
      expect(zeilen).toEqual([]);
    });

    it("an unknown value of ALLOW_OWNER_CONNECTION is a configuration error, not a yes", () => {
      expect(() => loadConfig({ DATABASE_URL: tdb.url as string, ALLOW_OWNER_CONNECTION: "ja" })).toThrow(
        /ALLOW_OWNER_CONNECTION/,
      );
    });
  }
});
