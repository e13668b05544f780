import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postForm } from "./support/formular";
import { setHeute, vereinbarePlan } from "./support/rechtsfolgenFaelle";
import { BACKENDS } from "./support/testDatabase";
import {
  planZurUeberpruefung as planImUeberpruefungsfenster,
  versionLesen,
} from "./support/ueberpruefungHilfen";
import { createTestApp, login, type Client, type TestApp } from "./support/testApp";

interface Version {
  nummer: number;
  status: string;
  lockVersion: number;
  inhalt: {
    zwischenziele: { id: string; text: string }[];
    schritte: { id: string; text: string; frist: string | null }[];
    unterstuetzung: { id: string; text: string }[];
  };
  abstimmung: { am: string; kanal: string; ueberpruefungAm: string } | null;
}

/**
 * Issue 12, § 1: the review with one choice per entry (keep, change, new deadline, done, remove) creates
 * the next version as a draft that goes through preview → agree → hand over (§ 15 Abs. 3 Satz 2 SGB II).
 */
describe.each(BACKENDS)("review with choices per entry (%s)", (backend) => {
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
  const auditZeilen = async (personId: string) =>
    t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ aktion: string; objekt: string; details: Record<string, unknown> }>(
        "SELECT aktion, objekt, details FROM audit_log WHERE person_id = $1 ORDER BY id",
        [personId],
      ),
    );
  const fristen = { "frist.s1": "2027-07-31", "frist.s2": "2027-06-15", "frist.s3": "2027-08-10" };

  it("offers the five choices per entry and applies them as a new draft, then the usual agreement hands it over", async () => {
    const p = await planZurUeberpruefung(1301);
    const seite = await ifk.get(`/plaene/${p.planId}/ueberpruefen`);
    expect(seite.body).toContain('name="wahl.schritte.s1" checked="" value="behalten"');
    for (const wahl of ["aendern", "frist", "erledigt", "entfernen"])
      expect(seite.body).toContain(`name="wahl.schritte.s1" value="${wahl}"`);
    expect(seite.body).not.toContain('name="wahl.unterstuetzung.u1" value="frist"');
    expect(seite.body).toContain('name="text.zwischenziele.z1"');
    expect(seite.body).toContain("Weiter zur Vorschau");
    const vorher = (await auditZeilen(p.personId)).length;

    const res = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, {
      basis: "1",
      kanal: "persoenlich",
      aktion: "aenderungen",
      ...fristen,
      "wahl.schritte.s1": "aendern",
      "text.schritte.s1": "Ich bewerbe mich auf Stellen im Lager und in der Spedition.",
      "wahl.schritte.s2": "erledigt",
      "wahl.schritte.s3": "frist",
      "frist.s3": "2027-10-01",
      "wahl.unterstuetzung.u2": "entfernen",
      "text.unterstuetzung.u1": "Das Jobcenter gibt Ihnen einen Bildungsgutschein für den Staplerkurs.",
    });
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(`/plaene/${p.planId}/versionen/2`);
    const neu = (await auditZeilen(p.personId)).slice(vorher);
    const entwurf = await version(p.planId, 2);
    expect(entwurf.status).toBe("entwurf");
    expect(entwurf.inhalt.schritte.map((s) => [s.id, s.text, s.frist])).toEqual([
      ["s1", "Ich bewerbe mich auf Stellen im Lager und in der Spedition.", "2027-07-31"],
      ["s3", "Ich gehe zur Jobmesse im Rathaus.", "2027-10-01"],
    ]);
    expect(entwurf.inhalt.unterstuetzung.map((u) => u.id)).toEqual(["u1"]);
    expect((await version(p.planId, 1)).status).toBe("abgestimmt");
    // one audit row for the review, with counts and ids, no texts
    expect(neu).toHaveLength(1);
    expect(neu[0]).toMatchObject({
      aktion: "anlegen",
      objekt: "plan_version",
      details: {
        nummer: 2,
        ueberpruefung: "mit_aenderungen",
        basis: 1,
        geaendert: 1,
        neueFrist: 1,
        erledigt: ["schritte.s2"],
        entfernt: ["unterstuetzung.u2"],
      },
    });
    expect(JSON.stringify(neu[0]?.details)).not.toContain("Spedition");

    // s1's passed deadline (31.01.2027) was renewed to the date in its field; the preview shows the draft.
    const vorschau = await ifk.get(`/plaene/${p.planId}/versionen/2`);
    expect(vorschau.statusCode).toBe(200);
    expect(vorschau.body).toContain("Spedition");
  });

  it("renews the passed deadlines of kept steps, so the draft can be agreed and handed over at once", async () => {
    const p = await planZurUeberpruefung(1302);
    const res = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, {
      basis: "1",
      aktion: "aenderungen",
      ...fristen,
      "text.schritte.s1": "Ich bewerbe mich auf Stellen im Lager und in der Spedition.",
    });
    expect(res.statusCode, res.body).toBe(303);
    const entwurf = await version(p.planId, 2);
    expect(entwurf.inhalt.schritte.map((s) => s.frist)).toEqual(["2027-07-31", "2027-06-15", "2027-08-10"]);
    const agreed = await postForm(t.app, ifk, `/plaene/${p.planId}/versionen/2/abstimmen`, {
      lockVersion: String(entwurf.lockVersion),
      am: "2027-05-20",
      kanal: "persoenlich",
      ueberpruefungAm: "",
      rueckdatierungGrund: "",
    });
    expect(agreed.statusCode, agreed.body).toBe(303);
    expect((await version(p.planId, 2)).status).toBe("abgestimmt");
    expect((await version(p.planId, 1)).status).toBe("ersetzt");
  });

  it("answers bad choices with 400 and German sentences at the fields, and stores nothing", async () => {
    const p = await planZurUeberpruefung(1303);
    const vorher = (await auditZeilen(p.personId)).length;
    const ungueltig = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, {
      basis: "1",
      aktion: "aenderungen",
      ...fristen,
      "wahl.zwischenziele.z1": "verschieben",
      "wahl.schritte.s3": "frist",
      "frist.s3": "10.10.2027",
    });
    expect(ungueltig.statusCode).toBe(400);
    expect(ungueltig.body).toContain('href="#f-wahl-zwischenziele-z1"');
    expect(ungueltig.body).toContain("Wählen Sie eine der Möglichkeiten aus.");
    expect(ungueltig.body).toContain('href="#f-frist-s3"');
    expect(ungueltig.body).toContain("Geben Sie ein gültiges Datum ein");
    expect(ungueltig.body).toContain('aria-invalid="true"');
    const leer = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, {
      basis: "1",
      aktion: "aenderungen",
      ...fristen,
      "wahl.schritte.s1": "aendern",
      "text.schritte.s1": "   ",
    });
    expect(leer.statusCode).toBe(400);
    expect(leer.body).toContain('href="#f-text-schritte-s1"');
    expect(leer.body).toContain("Geben Sie hier etwas ein.");
    const vergangen = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, {
      basis: "1",
      aktion: "aenderungen",
      ...fristen,
      "wahl.schritte.s3": "frist",
      "frist.s3": "2027-05-01",
    });
    expect(vergangen.statusCode).toBe(422);
    expect(vergangen.body).toContain('href="#f-frist-s3"');
    // "Unverändert fortschreiben" with a choice made is refused: the changes would be lost
    const unveraendert = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, {
      basis: "1",
      kanal: "persoenlich",
      aktion: "unveraendert",
      ...fristen,
      "wahl.schritte.s2": "entfernen",
    });
    expect(unveraendert.statusCode).toBe(422);
    expect(unveraendert.body).toContain("Sie haben Änderungen gewählt.");
    // each refusal shows the page again: one read each, no change
    expect((await auditZeilen(p.personId)).slice(vorher).map((z) => z.aktion)).toEqual(
      Array(4).fill("lesen"),
    );
    expect((await ifk.get(`/api/v1/kooperationsplaene/${p.planId}/versionen/2`)).statusCode).toBe(404);
  });

  it("refuses a concurrent review with 409: a second submit on the same basis, or a stale basis", async () => {
    const p = await planZurUeberpruefung(1304);
    const form = {
      basis: "1",
      aktion: "aenderungen",
      ...fristen,
      "wahl.schritte.s2": "erledigt",
    };
    const erste = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, form);
    expect(erste.statusCode).toBe(303);
    const zweite = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, {
      ...form,
      "wahl.schritte.s2": "behalten",
      "wahl.schritte.s1": "entfernen",
    });
    expect(zweite.statusCode).toBe(409);
    expect(zweite.body).toContain("Jemand anderes");
    expect((await version(p.planId, 2)).inhalt.schritte.map((s) => s.id)).toEqual(["s1", "s3"]);
    expect((await ifk.get(`/api/v1/kooperationsplaene/${p.planId}/versionen/3`)).statusCode).toBe(404);
    const veraltet = await postForm(t.app, ifk, `/plaene/${p.planId}/ueberpruefen`, { ...form, basis: "7" });
    expect(veraltet.statusCode).toBe(409);
  });

  describe("the reviews due in the next 14 days, one after the other", () => {
    /** Review links of the list page, in order, with the date shown in the row. */
    const liste = async (client: Client) => {
      const res = await client.get("/ueberpruefungen");
      expect(res.statusCode).toBe(200);
      return [
        ...res.body.matchAll(
          /<tr class="kern-table__row"><th scope="row"[^>]*><a[^>]*href="\/plaene\/([0-9a-f-]{36})\/ueberpruefen"[^>]*>[^<]*<\/a><\/th><td[^>]*>(\d\d)\.(\d\d)\.(\d{4})<\/td><td[^>]*>([^<]*)<\/td>/g,
        ),
      ].map((m) => ({ planId: m[1] as string, am: `${m[4]}-${m[3]}-${m[2]}`, stand: m[5] as string }));
    };

    it("lists only the counsellor's own plans due within 14 days, overdue first, by review date; one audit row", async () => {
      /** Each plan agreed on its own day, by a counsellor logged in that day (sessions expire). */
      const planAm = async (benutzer: string, am: string, nummer: number) => {
        setHeute(t, am);
        return vereinbarePlan(t, await login(t.app, benutzer), am, nummer);
      };
      const fremd = await planAm("ifk_a2", "2026-11-26", 1311);
      const spaet = await planAm("ifk_a1", "2026-12-01", 1312); // review 01.06.2027: due
      const nichtFaellig = await planAm("ifk_a1", "2026-12-10", 1313); // 10.06.2027: not yet
      const ueberfaellig = await planAm("ifk_a1", "2026-11-10", 1314); // 10.05.2027: overdue
      const bald = await planAm("ifk_a1", "2026-11-26", 1315); // 26.05.2027: due
      setHeute(t, "2027-05-20");
      ifk = await login(t.app, "ifk_a1");
      const vorher = await t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM audit_log WHERE objekt = 'ueberpruefungsliste'",
        ),
      );
      const zeilen = await liste(ifk);
      const ids = zeilen.map((z) => z.planId);
      expect(ids).not.toContain(fremd.planId);
      expect(ids).not.toContain(nichtFaellig.planId);
      const eigene = ids.filter((id) => [spaet.planId, ueberfaellig.planId, bald.planId].includes(id));
      expect(eigene).toEqual([ueberfaellig.planId, bald.planId, spaet.planId]);
      expect(zeilen.map((z) => z.am)).toEqual(zeilen.map((z) => z.am).sort());
      expect(zeilen.every((z) => z.am <= "2027-06-03")).toBe(true);
      expect(zeilen.find((z) => z.planId === ueberfaellig.planId)?.stand).toBe("Überfällig");
      expect(zeilen.find((z) => z.planId === bald.planId)?.stand).toBe("Fällig");
      const nachher = await t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM audit_log WHERE objekt = 'ueberpruefungsliste'",
        ),
      );
      expect((nachher[0]?.n ?? 0) - (vorher[0]?.n ?? 0)).toBe(1);
      // The other counsellor sees their own plan, and jobcentre B sees neither.
      const andere = await login(t.app, "ifk_a2");
      const ihre = (await liste(andere)).map((z) => z.planId);
      expect(ihre).toContain(fremd.planId);
      expect(ihre).not.toContain(bald.planId);
      const b = (await liste(await login(t.app, "ifk_b"))).map((z) => z.planId);
      expect(b).not.toContain(fremd.planId);
      expect(b).not.toContain(bald.planId);
    });

    it("leads from one finished review to the next in the list", async () => {
      const eigener = await planZurUeberpruefung(1321); // review 26.05.2027, today 20.05.2027
      const zeilen = await liste(ifk);
      const index = zeilen.findIndex((z) => z.planId === eigener.planId);
      expect(index).toBeGreaterThanOrEqual(0);
      const start = await ifk.get("/ueberpruefungen/naechste");
      expect(start.statusCode).toBe(303);
      expect(start.headers.location).toBe(`/plaene/${zeilen[0]?.planId}/ueberpruefen`);
      const danach = zeilen[index + 1];
      const weiter = await ifk.get(`/ueberpruefungen/naechste?nach=${eigener.planId}`);
      expect(weiter.headers.location).toBe(
        danach ? `/plaene/${danach.planId}/ueberpruefen` : "/ueberpruefungen",
      );
      // Finish it unchanged: the handover links to the next review; the finished one has left the list.
      const fertig = await postForm(t.app, ifk, `/plaene/${eigener.planId}/ueberpruefen`, {
        basis: "1",
        kanal: "persoenlich",
        aktion: "unveraendert",
        ...fristen,
      });
      expect(fertig.statusCode, fertig.body.slice(0, 500)).toBe(303);
      const uebergabe = await ifk.get(fertig.headers.location as string);
      expect(uebergabe.body).toContain(`href="/ueberpruefungen/naechste?nach=${eigener.planId}"`);
      expect(uebergabe.body).toContain("Nächste Überprüfung");
      const neu = await liste(ifk);
      expect(neu.map((z) => z.planId)).not.toContain(eigener.planId);
      const naechste = await ifk.get(`/ueberpruefungen/naechste?nach=${eigener.planId}`);
      expect(naechste.headers.location).toBe(
        neu[0] ? `/plaene/${neu[0].planId}/ueberpruefen` : "/ueberpruefungen",
      );
      expect((await ifk.get("/ueberpruefungen/naechste?nach=kein-plan")).headers.location).toBe(
        neu[0] ? `/plaene/${neu[0].planId}/ueberpruefen` : "/ueberpruefungen",
      );
    });
  });
});
