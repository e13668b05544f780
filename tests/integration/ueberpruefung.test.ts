import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postForm } from "./support/formular";
import { BACKENDS } from "./support/testDatabase";
import {
  planZurUeberpruefung as planImUeberpruefungsfenster,
  versionLesen,
} from "./support/ueberpruefungHilfen";
import { createTestApp, faelle, type Client, type TestApp } from "./support/testApp";

interface Version {
  nummer: number;
  status: string;
  lockVersion: number;
  inhalt: Record<string, unknown> & { schritte: { id: string; frist: string | null }[] };
  abstimmung: { am: string; kanal: string; ueberpruefungAm: string } | null;
}

/**
 * Issue 12, § 1: the light review. § 15 Abs. 3 Satz 2 SGB II: the plan "soll spätestens nach Ablauf von
 * jeweils sechs Monaten gemeinsam aktualisiert und fortgeschrieben werden", so an unchanged plan is
 * continued jointly and handed over again, in one action.
 */
describe.each(BACKENDS)("light review and discarding a draft (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;

  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());

  /** Plan agreed on 26.11.2026 (deadlines 31.01.2027, 15.12.2026, 10.02.2027); today is 20.05.2027. */
  async function planZurUeberpruefung(nummer: number) {
    const fall = await planImUeberpruefungsfenster(t, nummer);
    ifk = fall.ifk;
    return fall.plan;
  }
  const version = (planId: string, nummer: number) => versionLesen<Version>(ifk, planId, nummer);
  const auditDetails = async (personId: string, aktion: string, objekt: string) =>
    t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ details: Record<string, unknown>; at: string }>(
        "SELECT details, at FROM audit_log WHERE person_id = $1 AND aktion = $2 AND objekt = $3 ORDER BY id",
        [personId, aktion, objekt],
      ),
    );

  it("shows one review page: the six sections, each step's deadline and the one action", async () => {
    const p = await planZurUeberpruefung(1201);
    const person = await ifk.get(`/personen/${p.personId}`);
    expect(person.body).toContain(`href="/plaene/${p.planId}/ueberpruefen"`);
    const seite = await ifk.get(`/plaene/${p.planId}/ueberpruefen`);
    expect(seite.statusCode).toBe(200);
    for (const abschnitt of [
      "Mein Berufsziel",
      "Meine nächsten Schritte",
      "Mein Jobcenter unterstützt mich durch",
    ])
      expect(seite.body).toContain(abschnitt);
    expect(seite.body).toContain("Ich melde mich zum Staplerkurs an.");
    expect(seite.body).toContain("Frist abgelaufen am 15.12.2026.");
    expect(seite.body).toContain('name="frist.s2" value="2027-06-15"');
    expect(seite.body).toContain("Unverändert fortschreiben");
    expect(seite.body).toContain(`action="/plaene/${p.planId}/fortschreiben"`);
  });

  it("continues the plan unchanged in one submit: new agreed version, same entries, deadlines renewed, review date, audit", async () => {
    const p = await planZurUeberpruefung(1202);
    const vorher = await version(p.planId, 1);
    const res = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, {
      basis: "1",
      kanal: "persoenlich",
      ueberpruefungAm: "",
      "frist.s1": "2027-07-31",
      "frist.s2": "2027-09-01",
      "frist.s3": "2027-08-10",
    });
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(`/plaene/${p.planId}/versionen/2`);
    const neu = await version(p.planId, 2);
    expect(neu.status).toBe("abgestimmt");
    expect(neu.abstimmung).toMatchObject({
      am: "2027-05-20",
      kanal: "persoenlich",
      ueberpruefungAm: "2027-11-20",
    });
    expect((await version(p.planId, 1)).status).toBe("ersetzt");
    const ohneFristen = (v: Version) => ({
      ...v.inhalt,
      schritte: v.inhalt.schritte.map((s) => ({ ...s, frist: null })),
    });
    expect(ohneFristen(neu)).toEqual(ohneFristen(vorher));
    expect(neu.inhalt.schritte.map((s) => [s.id, s.frist])).toEqual([
      ["s1", "2027-07-31"],
      ["s2", "2027-09-01"],
      ["s3", "2027-08-10"],
    ]);
    const review = await auditDetails(p.personId, "abstimmen", "ueberpruefung");
    expect(review).toHaveLength(1);
    expect(review[0]?.details).toMatchObject({
      art: "unveraendert",
      am: "2027-05-20",
      imGespraech: true,
      nummer: 2,
      ersetzt: 1,
      verlaengert: 3,
    });
    // One submit, one row: the steps (start, save, agree version 2) write none of their own.
    expect(await auditDetails(p.personId, "abstimmen", "plan_version")).toHaveLength(1);
    expect(await auditDetails(p.personId, "anlegen", "plan_version")).toHaveLength(0);
    const handover = await ifk.get(res.headers.location as string);
    expect(handover.body).toContain(`/plaene/${p.planId}/versionen/2/pdf`);
  });

  it("writes nothing when a rule of the agreement refuses (review later than six months), and refuses a stale basis", async () => {
    const p = await planZurUeberpruefung(1203);
    const zuSpaet = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, {
      basis: "1",
      kanal: "post",
      ueberpruefungAm: "2027-12-01",
      "frist.s1": "2027-07-31",
      "frist.s2": "2027-06-15",
      "frist.s3": "2027-08-10",
    });
    expect(zuSpaet.statusCode).toBe(422);
    expect(zuSpaet.body).toContain("Unverändert fortschreiben");
    const fristVorHeute = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, {
      basis: "1",
      kanal: "post",
      "frist.s1": "2027-07-31",
      "frist.s2": "2027-05-01",
      "frist.s3": "2027-08-10",
    });
    expect(fristVorHeute.statusCode).toBe(422);
    expect(fristVorHeute.body).toContain('href="#f-frist-s2"');
    const api = await ifk.get(`/api/v1/kooperationsplaene/${p.planId}/versionen/2`);
    expect(api.statusCode).toBe(404);
    const ok = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, {
      basis: "1",
      kanal: "post",
      "frist.s1": "2027-07-31",
      "frist.s2": "2027-06-15",
      "frist.s3": "2027-08-10",
    });
    expect(ok.statusCode).toBe(303);
    expect((await version(p.planId, 2)).abstimmung).toMatchObject({ kanal: "post" });
    const doppelt = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, {
      basis: "1",
      kanal: "post",
      "frist.s1": "2027-07-31",
      "frist.s2": "2027-06-15",
      "frist.s3": "2027-08-10",
    });
    expect(doppelt.statusCode).toBe(409);
    expect((await ifk.get(`/api/v1/kooperationsplaene/${p.planId}/versionen/3`)).statusCode).toBe(404);
  });

  it("lists a review draft under 'Entwurf' and discards it on confirmation; the agreed version stays", async () => {
    const p = await planZurUeberpruefung(1204);
    expect((await postForm(t.app, ifk, `/plaene/${p.planId}/fortschreiben`, {})).statusCode).toBe(303);
    const entwuerfe = await faelle(ifk, "entwurf");
    expect(entwuerfe.map((f) => f.personId)).toContain(p.personId);
    expect((await faelle(ifk, "aktuell")).map((f) => f.personId)).not.toContain(p.personId);
    const bestaetigen = await ifk.get(`/plaene/${p.planId}/versionen/2/verwerfen`);
    expect(bestaetigen.statusCode).toBe(200);
    expect(bestaetigen.body).toContain("Entwurf verwerfen");
    const lock = (await version(p.planId, 2)).lockVersion;
    const veraltet = await postForm(t.app, ifk, `/plaene/${p.planId}/versionen/2/verwerfen`, {
      lockVersion: String(lock + 1),
    });
    expect(veraltet.statusCode).toBe(409);
    expect((await version(p.planId, 2)).status).toBe("entwurf");
    const res = await postForm(t.app, ifk, `/plaene/${p.planId}/versionen/2/verwerfen`, {
      lockVersion: String(lock),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/personen/${p.personId}`);
    expect((await ifk.get(`/api/v1/kooperationsplaene/${p.planId}/versionen/2`)).statusCode).toBe(404);
    expect((await version(p.planId, 1)).status).toBe("abgestimmt");
    expect(await auditDetails(p.personId, "verwerfen", "plan_version")).toMatchObject([
      { details: { nummer: 2 } },
    ]);
    expect((await faelle(ifk, "entwurf")).map((f) => f.personId)).not.toContain(p.personId);
  });

  it("refuses to discard an agreed version or a plan's first draft", async () => {
    const p = await planZurUeberpruefung(1205);
    const lock = (await version(p.planId, 1)).lockVersion;
    const agreed = await postForm(t.app, ifk, `/plaene/${p.planId}/versionen/1/verwerfen`, {
      lockVersion: String(lock),
    });
    expect(agreed.statusCode).toBe(409);
    expect((await version(p.planId, 1)).status).toBe("abgestimmt");
    const person = await ifk.send("POST", "/api/v1/personen", {
      vorname: "Erna",
      nachname: "Erstentwurf",
      geburtsdatum: "1990-01-01",
      bgNummer: "12345BG7712051",
    });
    const plan = await ifk.send("POST", `/api/v1/personen/${person.json().id as string}/kooperationsplan`);
    const planId = plan.json().planId as string;
    const erster = await postForm(t.app, ifk, `/plaene/${planId}/versionen/1/verwerfen`, {
      lockVersion: String((await version(planId, 1)).lockVersion),
    });
    expect(erster.statusCode).toBe(409);
    expect((await version(planId, 1)).status).toBe("entwurf");
  });
});
