import { describe, expect, it } from "vitest";
import { PlanInhaltSchema, type PlanInhaltInput } from "../../kooperationsplan/planInhalt";
import { areaFromCode, areaOfFromMap } from "../areaOf";
import { type VollstaendigkeitsCode } from "../hinweis";
import { checkVollstaendigkeit, type VollstaendigkeitsOptionen } from "../vollstaendigkeit";

const VOLL: PlanInhaltInput = {
  berufsziel: "Ich arbeite als Lagerhelfer in Vollzeit.",
  schritte: [
    {
      id: "s1",
      text: "Ich bewerbe mich auf Stellen im Lager.",
      haeufigkeit: "4-mal im Monat",
      nachweis: "Liste",
    },
  ],
  unterstuetzung: [{ id: "u1", text: "Das Jobcenter schickt mir jeden Monat Stellenangebote." }],
  vermittlungsfelder: "Lager, Logistik",
};
const OHNE_BEDARF = { sprachniveauDeutsch: "B2", gesundheitlicheEinschraenkung: false } as const;
const BASIS: VollstaendigkeitsOptionen = { areaOf: areaFromCode, ueberpruefungAm: "2026-09-01" };

function codes(
  input: PlanInhaltInput,
  optionen: Partial<VollstaendigkeitsOptionen> = {},
): VollstaendigkeitsCode[] {
  return checkVollstaendigkeit(PlanInhaltSchema.parse(input), { ...BASIS, ...optionen }).map((h) => h.code);
}

describe("checkVollstaendigkeit", () => {
  it("gives no hint for a complete plan", () => {
    expect(codes(VOLL, { potenzialanalyse: OHNE_BEDARF })).toEqual([]);
  });

  it("lists what an empty plan lacks, with norms and examples", () => {
    const hinweise = checkVollstaendigkeit(PlanInhaltSchema.parse({}), { areaOf: areaFromCode });
    expect(hinweise.map((h) => h.code)).toEqual([
      "ziel_fehlt",
      "schritt_fehlt",
      "unterstuetzung_fehlt",
      "vermittlungsfelder_fehlen",
      "ueberpruefung_fehlt",
    ]);
    for (const h of hinweise) {
      expect(h.norm).toMatch(/^§ 15 Abs\. \d Satz \d( Nr\. \d)? SGB II$/);
      expect(h.text.length).toBeGreaterThan(10);
      expect(h.example.length).toBeGreaterThan(3);
    }
  });

  it("ziel_fehlt appears without goal and disappears with one", () => {
    expect(codes({ ...VOLL, berufsziel: " " })).toContain("ziel_fehlt");
    expect(codes(VOLL)).not.toContain("ziel_fehlt");
  });

  it("eigenbemuehungen_ohne_nachweis needs one step with frequency and proof", () => {
    const ohne = {
      ...VOLL,
      schritte: [{ id: "s1", text: "Ich bewerbe mich.", haeufigkeit: "4-mal im Monat" }],
    };
    const hinweis = checkVollstaendigkeit(PlanInhaltSchema.parse(ohne), BASIS)[0];
    expect(hinweis?.code).toBe("eigenbemuehungen_ohne_nachweis");
    expect(hinweis?.norm).toBe("§ 15 Abs. 2 Satz 2 Nr. 2 SGB II");
    expect(codes(VOLL)).not.toContain("eigenbemuehungen_ohne_nachweis");
  });

  it("unterstuetzung_fehlt and vermittlungsfelder_fehlen appear and disappear", () => {
    expect(codes({ ...VOLL, unterstuetzung: [] })).toEqual(["unterstuetzung_fehlt"]);
    expect(codes({ ...VOLL, vermittlungsfelder: "" })).toEqual(["vermittlungsfelder_fehlen"]);
  });

  describe("sprachkurs_pruefen", () => {
    const pa = { sprachniveauDeutsch: "A2", gesundheitlicheEinschraenkung: false } as const;
    it("appears with a language need and no language entry", () => {
      expect(codes(VOLL, { potenzialanalyse: pa })).toEqual(["sprachkurs_pruefen"]);
    });
    it("disappears with an entry coded sprache", () => {
      const input = { ...VOLL, zwischenziele: [{ id: "z1", text: "Ich lerne Deutsch bis B1." }] };
      expect(
        codes(input, { potenzialanalyse: pa, areaOf: areaOfFromMap(new Map([["z1", "sprache"]])) }),
      ).toEqual([]);
    });
    it("disappears with an explicit note", () => {
      const input = { ...VOLL, wasSonstNochWichtig: "Integrationskurs beginnt erst im Herbst." };
      expect(codes(input, { potenzialanalyse: pa })).toEqual([]);
    });
    it("does not appear without a language need", () => {
      expect(codes(VOLL, { potenzialanalyse: { ...pa, sprachniveauDeutsch: "B1" } })).toEqual([]);
    });
  });

  describe("reha_pruefen", () => {
    const pa = { sprachniveauDeutsch: "muttersprache", gesundheitlicheEinschraenkung: true } as const;
    it("appears with a health restriction and rehaBedarf nein", () => {
      expect(codes(VOLL, { potenzialanalyse: pa })).toEqual(["reha_pruefen"]);
    });
    it("disappears when rehaBedarf is pruefen or ja", () => {
      expect(codes({ ...VOLL, rehaBedarf: "pruefen" }, { potenzialanalyse: pa })).toEqual([]);
      expect(codes({ ...VOLL, rehaBedarf: "ja" }, { potenzialanalyse: pa })).toEqual([]);
    });
    it("disappears with an entry coded erwerbsfaehigkeit (coder map or stored code)", () => {
      const schritt = { id: "s2", text: "Ich gebe den Gesundheitsfragebogen bis 15.03. ab." };
      const input = { ...VOLL, schritte: [...(VOLL.schritte ?? []), schritt] };
      expect(
        codes(input, { potenzialanalyse: pa, areaOf: areaOfFromMap(new Map([["s2", "erwerbsfaehigkeit"]])) }),
      ).toEqual([]);
      const coded = {
        ...schritt,
        code: { area: "erwerbsfaehigkeit", specific: true, codedBy: "person" as const },
      };
      expect(codes({ ...VOLL, schritte: [coded] }, { potenzialanalyse: pa })).not.toContain("reha_pruefen");
    });
  });

  describe("review date", () => {
    it("ueberpruefung_fehlt appears without a date", () => {
      expect(codes(VOLL, { ueberpruefungAm: null })).toEqual(["ueberpruefung_fehlt"]);
    });
    it("ueberpruefung_zu_spaet appears beyond 6 months after agreement", () => {
      expect(codes(VOLL, { abgestimmtAm: "2026-03-01", ueberpruefungAm: "2026-09-02" })).toEqual([
        "ueberpruefung_zu_spaet",
      ]);
      expect(codes(VOLL, { abgestimmtAm: "2026-03-01", ueberpruefungAm: "2026-09-01" })).toEqual([]);
    });
  });
});
