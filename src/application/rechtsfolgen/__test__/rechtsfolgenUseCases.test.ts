import { describe, expect, it } from "vitest";
import { buildDeps, counsellor, inMemoryRepositories, person } from "../../__test__/inMemoryRepositories";
import { createEinladung } from "../createEinladung";
import { decideRechtsfolge } from "../decideRechtsfolge";
import { getVorschlag } from "../getVorschlag";
import { getZeitleiste } from "../getZeitleiste";
import { recordAnhoerung } from "../recordAnhoerung";
import { recordEreignis } from "../recordEreignis";
import { setRegelOverride } from "../setRegelOverride";
import { startSchlichtung } from "../startSchlichtung";

const einladung = {
  terminAm: "2026-03-10",
  terminOrt: "Raum 1",
  ersteEinladung: true,
  mitRechtsfolgenbelehrung: true,
};
const ereignis = {
  art: "pflichtverletzung" as const,
  briefId: null,
  rechtsfolgenbelehrung: true,
  wichtigerGrund: false,
  haerte: false,
  erfuelltAm: null,
  beschreibung: "",
  weigerungErklaert: false,
};
const anhoerung = {
  form: "persoenlich" as const,
  persoenlichVerlangt: false,
  wichtigerGrund: false,
  haerte: false,
  ergebnis: "",
};

describe("Rechtsfolgen use cases (in-memory ports)", () => {
  it("§ 15 Abs. 4 a. F.: refuses a Rechtsfolgenbelehrung on the first invitation, allows it from 1.7.2026", async () => {
    const { repos, audit } = inMemoryRepositories([{ ...person }]);
    const alt = await createEinladung(buildDeps(repos, counsellor, "2026-03-01"), person.id, {
      ...einladung,
      datum: "2026-03-01",
    });
    expect(alt).toEqual({
      ok: false,
      error: { code: "rechtsfolgen.erste_einladung_ohne_rfb", feld: "mitRechtsfolgenbelehrung" },
    });
    expect(audit).toHaveLength(0);
    const neu = await createEinladung(buildDeps(repos), person.id, {
      ...einladung,
      datum: "2026-11-26",
      terminAm: "2026-12-01",
    });
    expect(neu.ok).toBe(true);
    expect(audit.map((a) => a.objekt)).toEqual(["brief"]);
  });

  it("Schlichtung only before 1.7.2026; a running one blocks establishing a § 31 reduction", async () => {
    const { repos } = inMemoryRepositories([{ ...person }]);
    const heute = buildDeps(repos);
    expect(
      await startSchlichtung(heute, person.id, {
        beantragtVon: "jobcenter",
        schlichterName: "X",
        beginn: "2026-11-20",
      }),
    ).toMatchObject({ error: { code: "rechtsfolgen.schlichtung_neues_recht" } });
    const juni = buildDeps(repos, counsellor, "2026-06-20");
    expect(
      (
        await startSchlichtung(juni, person.id, {
          beantragtVon: "person",
          schlichterName: "X",
          beginn: "2026-06-10",
        })
      ).ok,
    ).toBe(true);
    const e = await recordEreignis(juni, person.id, { ...ereignis, datum: "2026-06-12" });
    if (!e.ok) throw new Error("ereignis");
    await recordAnhoerung(juni, e.value.id, { ...anhoerung, am: "2026-06-15" });
    const d = await decideRechtsfolge(juni, e.value.id, {
      entscheidung: "festgestellt",
      feststellungAm: "2026-06-20",
      begruendung: "",
    });
    expect(d).toMatchObject({ ok: false, error: { code: "rechtsfolgen.schlichtung_laeuft" } });
    const nicht = await decideRechtsfolge(juni, e.value.id, {
      entscheidung: "nicht_festgestellt",
      feststellungAm: "2026-06-20",
      begruendung: "",
    });
    expect(nicht).toMatchObject({ error: { code: "rechtsfolgen.begruendung_fehlt" } });
  });

  it("earlier decisions become `vorherige`: the second breach within a year is 20 % (§ 31a Abs. 1 Satz 2 a. F.)", async () => {
    const { repos } = inMemoryRepositories([{ ...person }]);
    const deps = buildDeps(repos, counsellor, "2026-06-20");
    const erste = await recordEreignis(deps, person.id, { ...ereignis, datum: "2026-02-02" });
    if (!erste.ok) throw new Error("ereignis");
    await recordAnhoerung(deps, erste.value.id, { ...anhoerung, am: "2026-02-09" });
    expect(
      (
        await decideRechtsfolge(deps, erste.value.id, {
          entscheidung: "festgestellt",
          feststellungAm: "2026-02-16",
          begruendung: "",
        })
      ).ok,
    ).toBe(true);
    const zweite = await recordEreignis(deps, person.id, { ...ereignis, datum: "2026-06-01" });
    if (!zweite.ok) throw new Error("ereignis");
    const v = await getVorschlag(deps, zweite.value.id, "2026-06-20");
    expect(v.ok && v.value.fall.vorherige).toHaveLength(1);
    expect(v.ok && v.value.vorschlag).toMatchObject({ minderung: true, regelProzent: 20, monate: 2 });
    expect(v.ok && v.value.persoenlichErforderlich).toBe(true);
    const z = await getZeitleiste(deps, person.id);
    expect(z.ok && z.value.eintraege.map((e) => e.typ)).toEqual([
      "ereignis",
      "anhoerung",
      "entscheidung",
      "ereignis",
      "frist",
    ]);
  });

  it("rule corrections: team lead only; V refused; the proposal uses the correction", async () => {
    const { repos, audit } = inMemoryRepositories([{ ...person }]);
    const korrektur = {
      bereich: "grundsicherungsgeld2026" as const,
      parameter: "pflichtverletzungProzent",
      wert: 20,
      grund: "BGBl. geprüft",
    };
    expect(await setRegelOverride(buildDeps(repos), korrektur)).toMatchObject({
      error: { code: "nicht_erlaubt" },
    });
    const tl = buildDeps(repos, { ...counsellor, rolle: "teamleitung" });
    const v = await setRegelOverride(tl, {
      ...korrektur,
      bereich: "buergergeld2023",
      parameter: "kappungProzent",
    });
    expect(v).toMatchObject({
      ok: false,
      error: { code: "rechtsfolgen.regel_ungueltig", fehler: [{ code: "verifiziert" }] },
    });
    expect((await setRegelOverride(tl, korrektur)).ok).toBe(true);
    expect(audit.at(-1)).toMatchObject({ objekt: "regel_override", details: { vorher: null, nachher: 20 } });
    const deps = buildDeps(repos);
    const e = await recordEreignis(deps, person.id, { ...ereignis, datum: "2026-11-02" });
    if (!e.ok) throw new Error("ereignis");
    const vorschlag = await getVorschlag(deps, e.value.id, "2026-11-26");
    expect(vorschlag.ok && vorschlag.value.vorschlag.regelProzent).toBe(20);
  });
});
