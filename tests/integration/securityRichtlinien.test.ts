import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sql, TenantContext } from "../../src/adapters/db/database";
import { createEntwurf, createPerson } from "./support/planFactories";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, login, type Client, type TestApp } from "./support/testApp";

/** Thrown to roll a transaction back after a statement that the policy allows has been tried. */
class Zurueckrollen extends Error {}

/**
 * Issue 10, row-level security per command (migration 0017): the read-only team lead changes no person,
 * and no role but the counsellor deletes a plan draft — not the team lead, not the recipient, whose own
 * person row and plan are visible to them. Checked by SQL under the app role kp_app, in each role's context.
 */
describe.each(BACKENDS)("row-level security per command (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
    const rows = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ benutzername: string; id: string }>("SELECT benutzername, id FROM mitarbeitende"),
    );
    for (const r of rows) id[r.benutzername] = r.id;
  });
  afterAll(() => t.close());

  const kontext = (benutzername: string, rolle: string): TenantContext => ({
    jobcenterId: t.jobcenterA,
    userId: id[benutzername] as string,
    rolle,
  });
  const teamleitung = () => kontext("tl_a", "teamleitung");
  const zustaendig = () => kontext("ifk_a1", "integrationsfachkraft");
  const kollegin = () => kontext("ifk_a2", "integrationsfachkraft");
  /** The recipient's own context, as the portal sets it (account id and person id). */
  const empfaenger = (personId: string) => ({
    ...kontext("ifk_a1", "leistungsberechtigte"),
    userId: "00000000-0000-4000-8000-000000000001",
    personId,
  });

  const alsApp = <R extends object>(
    ctx: TenantContext & { personId?: string },
    text: string,
    params: unknown[],
  ): Promise<R[]> =>
    t.tdb.db.transaction(ctx, async (sql: Sql) => {
      if (ctx.personId) await sql.query("SELECT set_config('app.person_id', $1, true)", [ctx.personId]);
      return sql.query<R>(text, params);
    });

  /** Runs the statement as kp_app and rolls it back; returns the rows it touched. */
  const versuchtUndZurueck = async (ctx: TenantContext, text: string, params: unknown[]) => {
    let zeilen: unknown[] = [];
    await t.tdb.db
      .transaction(ctx, async (sql) => {
        zeilen = await sql.query(text, params);
        throw new Zurueckrollen();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Zurueckrollen)) throw e;
      });
    return zeilen;
  };

  const vorname = async (personId: string) =>
    (
      await t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ vorname: string }>("SELECT vorname FROM leistungsberechtigte WHERE id = $1", [personId]),
      )
    )[0]?.vorname;

  it("the team lead reads the person but can neither change it nor create one under kp_app", async () => {
    const personId = await createPerson(ifk, { vorname: "Unverändert" });
    const sieht = await alsApp<{ id: string }>(
      teamleitung(),
      "SELECT id FROM leistungsberechtigte WHERE id = $1",
      [personId],
    );
    expect(sieht).toHaveLength(1);
    const geaendert = await alsApp(
      teamleitung(),
      "UPDATE leistungsberechtigte SET vorname = 'Geändert', betreuer_id = $2 WHERE id = $1 RETURNING id",
      [personId, id.tl_a],
    );
    expect(geaendert).toEqual([]);
    await expect(
      alsApp(
        teamleitung(),
        `INSERT INTO leistungsberechtigte (jobcenter_id, betreuer_id, vorname, nachname, geburtsdatum, bg_nummer)
         VALUES ($1, $2, 'Neu', 'Angelegt', '1990-01-01', '12345BG0000001')`,
        [t.jobcenterA, id.ifk_a1],
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await vorname(personId)).toBe("Unverändert");
  });

  it("only the responsible counsellor may change the person; a colleague cannot, and no one hands it away", async () => {
    const personId = await createPerson(ifk, { vorname: "Unverändert" });
    const vonKollegin = await alsApp(
      kollegin(),
      "UPDATE leistungsberechtigte SET vorname = 'Geändert' WHERE id = $1 RETURNING id",
      [personId],
    );
    expect(vonKollegin).toEqual([]);
    // The responsible counsellor's change passes the policy (rolled back: the app itself never does it) ...
    expect(
      await versuchtUndZurueck(
        zustaendig(),
        "UPDATE leistungsberechtigte SET vorname = 'Geändert' WHERE id = $1 RETURNING id",
        [personId],
      ),
    ).toHaveLength(1);
    // ... but not handing the person to someone else, which would take it out of their own sight.
    await expect(
      alsApp(zustaendig(), "UPDATE leistungsberechtigte SET betreuer_id = $2 WHERE id = $1", [
        personId,
        id.ifk_a2,
      ]),
    ).rejects.toThrow(/row-level security/);
    expect(await vorname(personId)).toBe("Unverändert");
  });

  it("neither the recipient nor the team lead can delete or change a draft; the counsellor can delete it", async () => {
    const entwurf = await createEntwurf(ifk);
    const entwuerfe = async () =>
      (
        await t.tdb.db.ownerTransaction((sql) =>
          sql.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM plan_version WHERE plan_id = $1 AND status = 'entwurf'",
            [entwurf.planId],
          ),
        )
      )[0]?.n;
    const recipient = empfaenger(entwurf.personId);
    // The recipient's own person is visible to them (the portal shows it), so the old FOR ALL policy let
    // them delete the drafts of their plan with a DELETE that names no column.
    expect(
      await alsApp(recipient, "SELECT id FROM leistungsberechtigte WHERE id = $1", [entwurf.personId]),
    ).toHaveLength(1);
    for (const ctx of [recipient, teamleitung(), kollegin()]) {
      // A colleague's unqualified DELETE would reach her own persons' versions; the others see only this plan.
      if (ctx.rolle !== "integrationsfachkraft")
        expect(await alsApp(ctx, "DELETE FROM plan_version RETURNING id", []), ctx.rolle).toEqual([]);
      expect(
        await alsApp(ctx, "DELETE FROM plan_version WHERE plan_id = $1 RETURNING id", [entwurf.planId]),
        ctx.rolle,
      ).toEqual([]);
      expect(
        await alsApp(ctx, "UPDATE plan_version SET inhalt = '{}'::jsonb WHERE plan_id = $1 RETURNING id", [
          entwurf.planId,
        ]),
        ctx.rolle,
      ).toEqual([]);
    }
    expect(await entwuerfe()).toBe(1);
    expect(
      await versuchtUndZurueck(zustaendig(), "DELETE FROM plan_version WHERE plan_id = $1 RETURNING id", [
        entwurf.planId,
      ]),
    ).toHaveLength(1);
    expect(await entwuerfe()).toBe(1);
  });

  it("the policies of persons and plan versions are per command, none FOR ALL", async () => {
    const rows = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ tabelle: string; befehl: string }>(
        `SELECT tablename AS tabelle, cmd AS befehl FROM pg_policies
         WHERE schemaname = 'public' AND tablename IN ('leistungsberechtigte', 'plan_version') AND cmd = 'ALL'`,
      ),
    );
    expect(rows).toEqual([]);
  });
});
