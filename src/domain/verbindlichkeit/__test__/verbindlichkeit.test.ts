import { describe, expect, it } from "vitest";
import { buildPlanVersion } from "../../kooperationsplan/__test__/buildPlanVersion";
import { REGEL_DEFAULTS } from "../../rechtsfolgen/regelDefaults";
import { belehrung } from "../belehrung";
import { briefArtAm } from "../briefArtAm";
import { berechneFristen, lageVon } from "../fristen";
import { pruefeBrief } from "../pruefeBrief";
import { pruefeEinladung } from "../pruefeEinladung";
import { pruefeSchlichtungEnde, pruefeSchlichtungStart } from "../pruefeSchlichtung";
import { laeuftAm, schlichtungStatus, spaetestesEnde, type Schlichtung } from "../schlichtung";

const schlichtung = (beginn: string, beendetAm: string | null = null): Schlichtung => ({
  id: "s",
  personId: "p",
  beantragtVon: "person",
  schlichterName: "X",
  beginn,
  spaetestesEnde: spaetestesEnde(beginn),
  beendetAm,
  beendigung: beendetAm ? "einigung" : null,
  ergebnis: "",
});

describe("letter kind by the date of the letter (§ 15 Abs. 5 a. F. / § 15a n. F.)", () => {
  it.each([
    ["2026-06-30", "aufforderung"],
    ["2026-07-01", "verpflichtung"],
  ])("%s → %s", (datum, art) => expect(briefArtAm(datum)).toBe(art));
});

describe("§ 15 Abs. 4 a. F.: first invitation without Rechtsfolgenbelehrung", () => {
  const e = {
    terminAm: "2026-07-10",
    terminOrt: "Raum 1",
    ersteEinladung: true,
    mitRechtsfolgenbelehrung: true,
  };
  it.each([
    ["2026-06-30", false],
    ["2026-07-01", true],
  ])("dated %s: allowed %s", (datum, erlaubt) => expect(pruefeEinladung({ ...e, datum }).ok).toBe(erlaubt));
  it("a later invitation may carry one", () =>
    expect(pruefeEinladung({ ...e, datum: "2026-03-01", ersteEinladung: false }).ok).toBe(true));
});

describe("Schlichtung (§ 15a a. F.)", () => {
  it("ends four weeks after its start at the latest; runs on start and last day", () => {
    const s = schlichtung("2026-06-10");
    expect(s.spaetestesEnde).toBe("2026-07-08");
    expect([laeuftAm(s, "2026-06-10"), laeuftAm(s, "2026-07-08"), laeuftAm(s, "2026-07-09")]).toEqual([
      true,
      true,
      false,
    ]);
    expect([schlichtungStatus(s, "2026-07-08"), schlichtungStatus(s, "2026-07-09")]).toEqual([
      "laeuft",
      "abgelaufen",
    ]);
    expect(laeuftAm(schlichtung("2026-06-10", "2026-06-20"), "2026-06-21")).toBe(false);
  });
  it("is refused from 1.7.2026, in the future and while another one runs", () => {
    const input = { beantragtVon: "person" as const, schlichterName: "X" };
    expect(pruefeSchlichtungStart({ ...input, beginn: "2026-07-01" }, [], "2026-07-02")).toMatchObject({
      error: { code: "rechtsfolgen.schlichtung_neues_recht" },
    });
    expect(pruefeSchlichtungStart({ ...input, beginn: "2026-06-30" }, [], "2026-06-29")).toMatchObject({
      error: { code: "rechtsfolgen.datum_in_zukunft" },
    });
    expect(
      pruefeSchlichtungStart({ ...input, beginn: "2026-06-30" }, [schlichtung("2026-06-10")], "2026-06-30"),
    ).toMatchObject({ error: { code: "rechtsfolgen.schlichtung_laeuft_bereits" } });
    expect(pruefeSchlichtungStart({ ...input, beginn: "2026-06-30" }, [], "2026-06-30")).toEqual({
      ok: true,
      value: { spaetestesEnde: "2026-07-28" },
    });
  });
  it("ends between start and the four-week limit, once", () => {
    expect(
      pruefeSchlichtungEnde(schlichtung("2026-06-10"), { am: "2026-07-09", einigung: true, ergebnis: "" }).ok,
    ).toBe(false);
    expect(
      pruefeSchlichtungEnde(schlichtung("2026-06-10", "2026-06-12"), {
        am: "2026-06-20",
        einigung: true,
        ergebnis: "",
      }),
    ).toMatchObject({ error: { code: "rechtsfolgen.schlichtung_beendet" } });
  });
});

describe("letters from plan steps", () => {
  const version = buildPlanVersion({
    status: "abgestimmt",
    rechtsstand: "2023-07",
    abstimmung: { am: "2026-03-02", kanal: "persoenlich", ueberpruefungAm: "2026-09-02" },
  });
  const schrittId = "s1";
  const datum = "2026-05-04";
  const art = briefArtAm(datum);
  it("needs the agreed version, a known step, the right law, no date before the plan or in the future", () => {
    const input = { art, datum, frist: datum, nachweis: "" };
    expect(pruefeBrief(version, schrittId, input, datum).ok).toBe(true);
    expect(pruefeBrief({ ...version, status: "ersetzt" }, schrittId, input, datum)).toMatchObject({
      error: { code: "rechtsfolgen.plan_nicht_vereinbart" },
    });
    expect(pruefeBrief(version, "unbekannt", input, datum)).toMatchObject({
      error: { code: "nicht_gefunden" },
    });
    expect(
      pruefeBrief(
        version,
        schrittId,
        { ...input, art: art === "aufforderung" ? "verpflichtung" : "aufforderung" },
        datum,
      ),
    ).toMatchObject({ error: { code: "rechtsfolgen.falsches_recht" } });
    expect(pruefeBrief(version, schrittId, { ...input, datum: "2020-01-01" }, datum)).toMatchObject({
      error: { code: "rechtsfolgen.brief_vor_plan" },
    });
  });
});

describe("Rechtsfolgenbelehrung from the rules, each sentence with its norm", () => {
  it("old law: 10/20/30 % with § 31a; new law: 30 % for 3 months tagged S", () => {
    const alt = belehrung("2023-07", REGEL_DEFAULTS);
    expect(alt[0]?.text).toContain("10 % des Regelbedarfs für 1 Monat");
    expect(alt.every((s) => s.norm.includes("§"))).toBe(true);
    const neu = belehrung("2026-07", REGEL_DEFAULTS);
    expect(neu[0]).toMatchObject({ tag: "S" });
    expect(neu[0]?.text).toContain("30 % des Regelbedarfs für 3 Monate");
  });
});

describe("deadlines with reminders", () => {
  it("Schlichtung end, six-month limit (§ 31b Abs. 1 Satz 3) and their state", () => {
    const fristen = berechneFristen(
      {
        schlichtungen: [schlichtung("2026-06-10")],
        ereignisse: [
          {
            id: "e",
            personId: "p",
            art: "pflichtverletzung",
            datum: "2026-05-04",
            briefId: null,
            rechtsfolgenbelehrung: true,
            wichtigerGrund: false,
            haerte: false,
            erfuelltAm: null,
            beschreibung: "",
            weigerungErklaert: false,
          },
        ],
        entscheidungen: [],
        config: REGEL_DEFAULTS,
      },
      "2026-07-03",
    );
    expect(fristen.map((f) => [f.art, f.bis, f.lage])).toEqual([
      ["schlichtung_ende", "2026-07-08", "bald"],
      ["feststellung_spaetestens", "2026-11-04", "offen"],
    ]);
    expect([lageVon("2026-07-08", "2026-07-08"), lageVon("2026-07-08", "2026-07-09")]).toEqual([
      "heute",
      "ueberschritten",
    ]);
  });
});
