import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auftragQueue } from "../../src/adapters/db/repositories/auftragRepository";
import { LEASE_MS } from "../../src/application/erinnerung/runner";
import { addDays } from "../../src/domain/shared/isoDate";
import { erinnerungsDienst, type ErinnerungsDienst } from "../../src/erinnerung";
import { portalVorschlag } from "./support/auditZustaende";
import { buildPlanInhalt } from "./support/factories";
import { createAbgestimmterPlan } from "./support/planFactories";
import { activate, cookiesOf, csrfOf, openZugang, passwortLogin } from "./support/portalHilfen";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, HEUTE, login, type Client, type TestApp } from "./support/testApp";

/**
 * Issue 12 § 2, ADR 0024: reminders that arrive. A real SMTP server (smtp-server on port 0) receives
 * what the in-process runner sends; the queue is the `auftrag` table on PGlite and PostgreSQL.
 */

const VON = "kooperationsplan@jobcenter-test.example";
/** Step s2 of buildPlanInhalt() ends on 15.12.2026: the day before, its reminder is due. */
const VORTAG_S2 = "2026-12-14T10:00:00+01:00";

interface Nachricht {
  an: string;
  header: string;
  text: string;
}

/** Minimal parse: headers, and the body decoded from quoted-printable or base64. */
function parse(an: string, roh: string): Nachricht {
  const [header = "", ...rest] = roh.split(/\r?\n\r?\n/);
  let text = rest.join("\n\n");
  const kodierung = /^content-transfer-encoding:\s*(\S+)/im.exec(header)?.[1]?.toLowerCase();
  if (kodierung === "quoted-printable")
    text = Buffer.from(
      text
        .replace(/=\r?\n/g, "")
        .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      "latin1",
    ).toString("utf8");
  else if (kodierung === "base64") text = Buffer.from(text.replace(/\s+/g, ""), "base64").toString("utf8");
  return { an, header: header.replace(/\r?\n[ \t]+/g, " "), text };
}

let nr = 0;

describe.each(BACKENDS)("reminders by e-mail (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let server: SMTPServer;
  let smtpUrl = "";
  const postfach: Nachricht[] = [];
  const offen: ErinnerungsDienst[] = [];
  /** Addresses the SMTP server refuses (550), to test the retry. */
  const abgelehnt = new Set<string>();

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo(adresse, _session, callback) {
        callback(abgelehnt.has(adresse.address) ? new Error("Postfach nicht erreichbar") : undefined);
      },
      onData(stream, session, callback) {
        const teile: Buffer[] = [];
        stream.on("data", (c: Buffer) => teile.push(c));
        stream.on("end", () => {
          for (const r of session.envelope.rcptTo)
            postfach.push(parse(r.address, Buffer.concat(teile).toString("utf8")));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const adresse = server.server.address();
    if (!adresse || typeof adresse === "string") throw new Error("SMTP-Server ohne Port");
    smtpUrl = `smtp://127.0.0.1:${adresse.port}`;
    t = await createTestApp(backend);
  });
  afterAll(async () => {
    await Promise.all(offen.map((d) => d.stop()));
    await t.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  // Each test moves the clock; a fresh session on today's date keeps the counsellor signed in.
  beforeEach(async () => {
    t.clock.set(`${HEUTE}T10:00:00+01:00`);
    ifk = await login(t.app, "ifk_a1");
  });

  /** A runner as the app starts it (a new one models a restarted process). */
  function dienst(): ErinnerungsDienst {
    const d = erinnerungsDienst(t.tdb.db, {
      clock: t.clock,
      smtpUrl,
      von: VON,
      basisUrl: "https://kp.example",
    });
    offen.push(d);
    return d;
  }
  const an = (adresse: string) => postfach.filter((m) => m.an === adresse);

  /** A new person of ifk_a1 with an agreed plan and a portal account; `email` opts in to reminders. */
  async function person(optionen: { email?: string; erinnerungen?: boolean; sprache?: string } = {}) {
    const plan = await createAbgestimmterPlan(ifk, HEUTE, buildPlanInhalt(), {
      ...(optionen.sprache ? { sprache: optionen.sprache } : {}),
    });
    await openZugang(ifk, plan.personId);
    const email = optionen.email ?? `person${++nr}.${backend}@empfang.example`;
    await t.tdb.db.ownerTransaction((sql) =>
      sql.query("UPDATE portal_konto SET erinnerung_email = $1, erinnerungen_an = $2 WHERE person_id = $3", [
        email,
        optionen.erinnerungen ?? true,
        plan.personId,
      ]),
    );
    const [daten] = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ vorname: string; nachname: string; bg_nummer: string }>(
        "SELECT vorname, nachname, bg_nummer FROM leistungsberechtigte WHERE id = $1",
        [plan.personId],
      ),
    );
    return { ...plan, email, daten: daten as { vorname: string; nachname: string; bg_nummer: string } };
  }

  const optAus = (personId: string) =>
    t.tdb.db.ownerTransaction((sql) =>
      sql.query("UPDATE portal_konto SET erinnerungen_an = false WHERE person_id = $1", [personId]),
    );

  it("sends the opted-in person one message the day before a step deadline: only the sentence and the link", async () => {
    const p = await person();
    t.clock.set(VORTAG_S2);
    const d = dienst();
    expect(await d.planen()).toBeGreaterThan(0);
    await d.runner.abarbeiten();

    const [mail, ...weitere] = an(p.email);
    expect(weitere).toEqual([]);
    expect(mail?.header).toMatch(/^Subject: Es gibt Neuigkeiten zu Ihrem Kooperationsplan$/m);
    expect(mail?.header).toMatch(new RegExp(`^From: ${VON}$`, "m"));
    expect(mail?.header).toMatch(/^Message-ID: <auftrag-[0-9a-f-]{36}@jobcenter-test\.example>$/m);
    expect(mail?.text).toContain("Es gibt Neuigkeiten zu Ihrem Kooperationsplan");
    expect(mail?.text).toContain("https://kp.example/portal");
    // Data minimisation: nothing of the person or the plan is in the message.
    const verboten = [
      p.daten.vorname,
      p.daten.nachname,
      p.daten.bg_nummer,
      ...(buildPlanInhalt().schritte ?? []).flatMap((s) => [s.text, s.nachweis ?? ""]),
      "15.12.2026",
      "2026-12-15",
    ].filter(Boolean);
    for (const wort of verboten) expect(`${mail?.header}\n${mail?.text}`).not.toContain(wort);
  });

  it("writes to the person in their language", async () => {
    const p = await person({ sprache: "en" });
    t.clock.set(VORTAG_S2);
    const d = dienst();
    await d.planen();
    await d.runner.abarbeiten();
    expect(an(p.email).map((m) => m.text)).toEqual([
      expect.stringContaining("There is news about your cooperation plan"),
    ]);
  });

  it("planning and sending twice sends nothing twice", async () => {
    const p = await person();
    t.clock.set(VORTAG_S2);
    const d = dienst();
    await d.planen();
    await d.runner.abarbeiten();
    const vorher = postfach.length;
    expect(await d.planen()).toBe(0);
    expect(await d.runner.abarbeiten()).toBe(0);
    const neu = dienst();
    expect(await neu.planen()).toBe(0);
    expect(await neu.runner.abarbeiten()).toBe(0);
    expect(postfach.length).toBe(vorher);
    expect(an(p.email)).toHaveLength(1);
  });

  it("a worker killed between claim and send: after the lease a new runner delivers exactly one message", async () => {
    t.clock.set(VORTAG_S2);
    // Work off what earlier tests left, so that the next claim is this person's job.
    await dienst().planen();
    await dienst().runner.abarbeiten();
    t.clock.set(`${HEUTE}T10:00:00+01:00`);
    const p = await person();
    t.clock.set(VORTAG_S2);
    const d = dienst();
    expect(await d.planen()).toBe(1);

    const abgestuerzt = await auftragQueue(t.tdb.db, "jobcenter-test.example").beanspruchen(
      t.clock.now(),
      LEASE_MS,
    );
    expect(abgestuerzt?.empfaenger).toEqual({ art: "person", personId: p.personId });
    // The crashed worker never sends nor marks. While its lease holds, nobody else takes the job.
    expect(await dienst().runner.abarbeiten()).toBe(0);
    expect(an(p.email)).toHaveLength(0);

    t.clock.set(new Date(t.clock.now().getTime() + LEASE_MS + 1000).toISOString());
    expect(await dienst().runner.abarbeiten()).toBe(1);
    expect(await dienst().runner.abarbeiten()).toBe(0);
    expect(an(p.email)).toHaveLength(1);
    expect(an(p.email)[0]?.header).toContain(
      `Message-ID: <auftrag-${abgestuerzt?.id}@jobcenter-test.example>`,
    );
    const [zeile] = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ status: string; versuche: number }>("SELECT status, versuche FROM auftrag WHERE id = $1", [
        abgestuerzt?.id,
      ]),
    );
    expect(zeile).toEqual({ status: "gesendet", versuche: 2 });
  });

  it("a person who did not opt in, or opted out after planning, gets nothing", async () => {
    const nie = await person({ erinnerungen: false });
    const spaeter = await person();
    t.clock.set(VORTAG_S2);
    const d = dienst();
    await d.planen();
    await optAus(spaeter.personId);
    await d.runner.abarbeiten();
    expect(an(nie.email)).toEqual([]);
    expect(an(spaeter.email)).toEqual([]);
    const zeilen = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ status: string }>("SELECT status FROM auftrag WHERE person_id = ANY($1::uuid[])", [
        [nie.personId, spaeter.personId],
      ]),
    );
    expect(zeilen).toEqual([{ status: "entfallen" }]);
  });

  it("tells the counsellor 14 days before the review, with the BG number but no name, and links the inbox", async () => {
    const p = await person({ erinnerungen: false });
    const [plan] = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ ueberpruefung_am: string }>(
        "SELECT ueberpruefung_am::text AS ueberpruefung_am FROM plan_version WHERE plan_id = $1 AND status = 'abgestimmt'",
        [p.planId],
      ),
    );
    t.clock.set(`${addDays(plan?.ueberpruefung_am as string, -14)}T09:00:00+01:00`);
    const d = dienst();
    await d.planen();
    await d.runner.abarbeiten();
    const mails = an("ifk_a1@example.org").filter((m) => m.text.includes(p.daten.bg_nummer));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.header).toMatch(/^Subject: .*Posteingang/m);
    expect(mails[0]?.text).toContain("neue Einträge in Ihrem Posteingang");
    expect(mails[0]?.text).toContain("https://kp.example/eingang");
    expect(mails[0]?.text).not.toContain(p.daten.nachname);
    expect(mails[0]?.text).not.toContain(p.daten.vorname);
  });

  it("the job queue is not visible to the application role", async () => {
    const kontext = {
      jobcenterId: t.jobcenterA,
      userId: "00000000-0000-0000-0000-000000000000",
      rolle: "integrationsfachkraft",
    };
    await expect(t.tdb.db.transaction(kontext, (sql) => sql.query("SELECT id FROM auftrag"))).rejects.toThrow(
      /permission denied/,
    );
  });

  it("the person opts in and out on the portal page, without JavaScript; each change is one audit row", async () => {
    const plan = await createAbgestimmterPlan(ifk, HEUTE);
    const code = await openZugang(ifk, plan.personId);
    const benutzername = `erinnerung.${backend}.${++nr}`;
    expect((await activate(t.app, code, benutzername, "Erinnerung-Passwort-1")).statusCode).toBe(303);
    const anmeldung = await passwortLogin(t.app, benutzername, "Erinnerung-Passwort-1");
    const cookie = `${cookiesOf(anmeldung)}; kp_portal_sprache=de`;
    const seite = await t.app.inject({ method: "GET", url: "/portal/erinnerungen", headers: { cookie } });
    expect(seite.statusCode).toBe(200);
    expect(seite.body).toContain("Sie bekommen keine Erinnerungen per E-Mail.");
    expect(seite.body).not.toMatch(/name="erinnerungen"[^>]*checked/);
    const senden = (payload: Record<string, string>) =>
      t.app.inject({
        method: "POST",
        url: "/portal/erinnerungen",
        headers: { cookie },
        payload: { _csrf: csrfOf(seite.body), ...payload },
      });
    const protokoll = () =>
      t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ aktion: string; details: Record<string, unknown> }>(
          "SELECT aktion, details FROM audit_log WHERE person_id = $1 AND objekt = 'portal_konto' AND aktion = 'aendern' ORDER BY at",
          [plan.personId],
        ),
      );

    const falsch = await senden({ email: "keine-adresse", erinnerungen: "ja" });
    expect(falsch.statusCode).toBe(400);
    expect(falsch.body).toContain("Geben Sie eine gültige E-Mail-Adresse ein");
    expect(await senden({ email: "", erinnerungen: "ja" })).toMatchObject({ statusCode: 400 });
    expect(await protokoll()).toEqual([]);

    const email = `portal${nr}.${backend}@empfang.example`;
    expect((await senden({ email: ` ${email.toUpperCase()} `, erinnerungen: "ja" })).statusCode).toBe(303);
    const an1 = await t.app.inject({ method: "GET", url: "/portal/erinnerungen", headers: { cookie } });
    expect(an1.body).toContain("Sie bekommen Erinnerungen per E-Mail.");
    expect(an1.body).toContain(`value="${email}"`);
    t.clock.set(VORTAG_S2);
    const d = dienst();
    await d.planen();
    await d.runner.abarbeiten();
    expect(an(email)).toHaveLength(1);

    t.clock.set(`${HEUTE}T10:00:00+01:00`);
    expect((await senden({ email })).statusCode).toBe(303);
    expect((await protokoll()).map((r) => [r.aktion, r.details])).toEqual([
      ["aendern", { erinnerungen: true }],
      ["aendern", { erinnerungen: false }],
    ]);
  });

  it("a proposal in the portal tells the counsellor once, without the person's name or the proposal's text", async () => {
    const p = await person({ erinnerungen: false });
    const vorschlagId = await portalVorschlag(t, ifk, p.personId);
    const d = dienst();
    expect(await d.planen()).toBeGreaterThan(0);
    await d.runner.abarbeiten();
    expect(await d.planen()).toBe(0);
    const [zeile] = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ status: string; message_id: string }>(
        "SELECT status, message_id FROM auftrag WHERE schluessel = $1",
        [`portal-aktivitaet:vorschlag:${vorschlagId}`],
      ),
    );
    expect(zeile?.status).toBe("gesendet");
    const mails = postfach.filter((m) => m.header.includes(zeile?.message_id ?? "-"));
    expect(mails.map((m) => m.an)).toEqual(["ifk_a1@example.org"]);
    expect(mails[0]?.text).toContain(p.daten.bg_nummer);
    for (const wort of [p.daten.vorname, p.daten.nachname, "Erste-Hilfe-Kurs"])
      expect(`${mails[0]?.header}\n${mails[0]?.text}`).not.toContain(wort);
  });

  it("a refused send is retried later with the same Message-ID, not at once", async () => {
    const p = await person();
    abgelehnt.add(p.email);
    t.clock.set(VORTAG_S2);
    const d = dienst();
    await d.planen();
    await d.runner.abarbeiten();
    const zeile = async () => {
      const [z] = await t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ status: string; versuche: number; fehler: string | null; message_id: string }>(
          "SELECT status, versuche, fehler, message_id FROM auftrag WHERE person_id = $1",
          [p.personId],
        ),
      );
      return z;
    };
    const erst = await zeile();
    expect(erst).toMatchObject({
      status: "geplant",
      versuche: 1,
      fehler: expect.stringContaining("Postfach"),
    });
    expect(await d.runner.abarbeiten()).toBe(0);

    abgelehnt.delete(p.email);
    t.clock.set(new Date(t.clock.now().getTime() + 3 * 60 * 1000).toISOString());
    expect(await d.runner.abarbeiten()).toBe(1);
    expect(await zeile()).toMatchObject({ status: "gesendet", versuche: 2, fehler: null });
    expect(an(p.email).map((m) => m.header.includes(`Message-ID: ${erst?.message_id}`))).toEqual([true]);
  });
});
