import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postForm } from "./support/formular";
import { setHeute, vereinbarePlan } from "./support/rechtsfolgenFaelle";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, login, type Client, type TestApp } from "./support/testApp";

/** Issue 9, § 3: a review does not hand over stale deadlines. */
describe.each(BACKENDS)("stale deadlines block agreement (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;

  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());

  /** Plan agreed on 26.11.2026 (deadlines 31.01.2027, 15.12.2026, 10.02.2027), reviewed on 20.05.2027. */
  async function fortschreibungNachSechsMonaten(nummer: number) {
    setHeute(t, "2026-11-26");
    ifk = await login(t.app, "ifk_a1");
    const plan = await vereinbarePlan(t, ifk, "2026-11-26", nummer);
    setHeute(t, "2027-05-20");
    ifk = await login(t.app, "ifk_a1");
    const draft = await ifk.send("POST", `/api/v1/kooperationsplaene/${plan.planId}/fortschreibung`);
    expect(draft.statusCode).toBe(201);
    return {
      ...plan,
      api: `/api/v1/kooperationsplaene/${plan.planId}/versionen/2`,
      web: `/plaene/${plan.planId}/versionen/2`,
    };
  }
  const lockOf = async (api: string) => (await ifk.get(api)).json().version.lockVersion as number;
  const agree = async (api: string) =>
    ifk.send("POST", `${api}/abstimmung`, {
      am: "2027-05-20",
      kanal: "persoenlich",
      lockVersion: await lockOf(api),
    });

  it("refuses to agree a Fortschreibung whose deadlines lie before the agreement date, naming the step", async () => {
    const p = await fortschreibungNachSechsMonaten(701);
    const res = await agree(p.api);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: "plan.frist_abgelaufen",
      errors: [{ feld: "schritte.0.frist" }],
    });
    expect((await ifk.get(p.api)).json().version.status).toBe("entwurf");
    const preview = await ifk.get(p.web);
    expect(preview.body).toContain("Abgelaufene Fristen");
    expect(preview.body).toContain("Frist abgelaufen am 15.12.2026.");
    expect(preview.body.match(/value="frist:verlaengern:/g)).toHaveLength(3);
  });

  it("agrees once each deadline is renewed or marked done, one action per entry or all at once", async () => {
    const p = await fortschreibungNachSechsMonaten(702);
    const act = async (aktion: string) =>
      postForm(t.app, ifk, `${p.web}/fristen`, { aktion, lockVersion: String(await lockOf(p.api)) });
    expect((await act("frist:verlaengern:s1")).statusCode).toBe(303);
    expect((await act("frist:erledigt:s2")).statusCode).toBe(303);
    expect((await agree(p.api)).json()).toMatchObject({ errors: [{ feld: "schritte.1.frist" }] });
    expect((await act("frist:alle")).statusCode).toBe(303);
    const schritte = (await ifk.get(p.api)).json().version.inhalt.schritte as { id: string; frist: string }[];
    expect(schritte.map((s) => [s.id, s.frist])).toEqual([
      ["s1", "2027-07-31"],
      ["s3", "2027-08-10"],
    ]);
    const res = await agree(p.api);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "abgestimmt", abstimmung: { am: "2027-05-20" } });
  });

  it("renews a stale deadline from the editor too, and refuses a stale action on a concurrent save", async () => {
    const p = await fortschreibungNachSechsMonaten(703);
    const editor = await ifk.get(`${p.web}/bearbeiten`);
    expect(editor.body).toContain("Frist abgelaufen am 31.01.2027.");
    expect(editor.body).toContain('value="frist:alle"');
    const { inhalt } = (await ifk.get(p.api)).json().version as {
      inhalt: { berufsziel: string; schritte: { id: string; text: string; frist: string }[] };
    };
    const felder: Record<string, string> = { berufsziel: inhalt.berufsziel, lockVersion: "1" };
    inhalt.schritte.forEach((s, i) =>
      Object.assign(felder, {
        [`schritte.${i}.id`]: s.id,
        [`schritte.${i}.text`]: s.text,
        [`schritte.${i}.frist`]: s.frist,
      }),
    );
    const saved = await postForm(t.app, ifk, `${p.web}/bearbeiten`, {
      ...felder,
      aktion: "frist:verlaengern:s2",
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toContain("#abschnitt-schritte");
    const after = (await ifk.get(p.api)).json().version.inhalt.schritte as { frist: string }[];
    expect(after.map((s) => s.frist)).toEqual(["2027-01-31", "2027-06-15", "2027-02-10"]);
    const stale = await postForm(t.app, ifk, `${p.web}/fristen`, { aktion: "frist:alle", lockVersion: "1" });
    expect(stale.statusCode).toBe(409);
    expect((await ifk.get(p.api)).json().version.inhalt.schritte[0].frist).toBe("2027-01-31");
  });
});
