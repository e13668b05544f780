import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "./support/planFactories";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, login, type Client, type TestApp } from "./support/testApp";

const TEXT = "Ich kläre mit der Kita, ab wann mein Sohn nachmittags betreut wird.";
const TIPPFEHLER = "Ich kläre mit der Kita, ab wann mein Sohn nachmitags betreut wird.";
const NEU = "Ich bewerbe mich jeden Monat auf fünf Stellen als Verkäuferin im Einzelhandel.";
const MARKE = "Bereich prüfen: Der Text hat sich stark geändert.";

interface Code {
  area: string;
  codedBy: string;
  bezugstext?: string;
}
interface VersionJson {
  lockVersion: number;
  inhalt: { schritte: { id: string; text: string; code?: Code }[] };
}

describe.each(BACKENDS)("a manual choice of area follows its text (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
  });
  afterAll(() => t.close());

  /** A new person's draft whose step s1 has the area chosen by hand ("Familie und Persönliches"). */
  async function entwurfMitWahl() {
    const personId = await createPerson(ifk);
    const planId = (await ifk.send("POST", `/api/v1/personen/${personId}/kooperationsplan`)).json().planId;
    const url = `/api/v1/kooperationsplaene/${planId}/versionen/1`;
    const version = async () => (await ifk.get(url)).json().version as VersionJson;
    const speichern = async (text: string, extra: Record<string, unknown> = {}) => {
      const v = await version();
      const schritt = { id: "s1", text, haeufigkeit: "", frist: null, nachweis: "" };
      const code = { area: "familie_persoenliches", specific: false, codedBy: "person" };
      const res = await ifk.send("PUT", url, {
        inhalt: { ...v.inhalt, schritte: [{ ...schritt, code }] },
        lockVersion: v.lockVersion,
        ...extra,
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    await speichern(TEXT);
    const editor = async () => (await ifk.get(`/plaene/${planId}/versionen/1/bearbeiten`)).body;
    return { planId, version, speichern, editor };
  }

  it("stores the text the area was chosen for; a typo fix keeps the choice without a mark", async () => {
    const e = await entwurfMitWahl();
    expect((await e.version()).inhalt.schritte[0]?.code).toMatchObject({
      area: "familie_persoenliches",
      codedBy: "person",
      bezugstext: TEXT,
    });
    await e.speichern(TIPPFEHLER);
    expect((await e.version()).inhalt.schritte[0]?.code).toMatchObject({ bezugstext: TEXT });
    expect(await e.editor()).not.toContain(MARKE);
  });

  it("after a full rewrite the area stays and is marked; confirming in the editor clears the mark", async () => {
    const e = await entwurfMitWahl();
    await e.speichern(NEU);
    const markiert = await e.editor();
    expect((await e.version()).inhalt.schritte[0]?.code).toMatchObject({
      area: "familie_persoenliches",
      codedBy: "person",
      bezugstext: TEXT,
    });
    expect(markiert).toContain(MARKE);
    expect(markiert).toContain('value="bereich-bestaetigen:s1"');
    expect(markiert).toContain("1 gewählter Bereich ist zu prüfen");
    expect(markiert).toMatch(/<option value="familie_persoenliches" selected/);

    const v = await e.version();
    const res = await t.app.inject({
      method: "POST",
      url: `/plaene/${e.planId}/versionen/1/bearbeiten`,
      headers: { cookie: ifk.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({
        _csrf: ifk.csrf,
        lockVersion: String(v.lockVersion),
        "schritte.0.id": "s1",
        "schritte.0.text": NEU,
        "schritte.0.bereich": "familie_persoenliches",
        // A stale hidden reference from the page must not undo the confirmation.
        "schritte.0.bereichBezugBereich": "familie_persoenliches",
        "schritte.0.bereichBezug": TEXT,
        aktion: "bereich-bestaetigen:s1",
      }).toString(),
    });
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toContain("#bereich-s1");
    expect((await e.version()).inhalt.schritte[0]?.code).toMatchObject({
      area: "familie_persoenliches",
      codedBy: "person",
      bezugstext: NEU,
    });
    const bestaetigt = await e.editor();
    expect(bestaetigt).not.toContain(MARKE);
    expect(bestaetigt).not.toContain("gewählter Bereich ist zu prüfen");
  });

  it("the API confirms a choice too (bereichBestaetigt)", async () => {
    const e = await entwurfMitWahl();
    await e.speichern(NEU);
    expect(await e.editor()).toContain(MARKE);
    await e.speichern(NEU, { bereichBestaetigt: ["s1"] });
    expect((await e.version()).inhalt.schritte[0]?.code?.bezugstext).toBe(NEU);
    expect(await e.editor()).not.toContain(MARKE);
  });
});
