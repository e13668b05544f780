import { describe, expect, it } from "vitest";
import { PlanInhaltSchema, type PlanInhaltInput } from "../../kooperationsplan/planInhalt";
import { codeEintrag } from "../codeEintrag";
import { codeInhalt } from "../codeInhalt";

const plan = (input: PlanInhaltInput) => PlanInhaltSchema.parse(input);

describe("codeEintrag", () => {
  it("codes an entry automatically with area and specific", () => {
    expect(codeEintrag("Ich kümmere mich um meine Gesundheit.", "schritt")).toEqual({
      area: "gesundheit",
      specific: false,
      codedBy: "auto",
    });
    expect(
      codeEintrag("Ich vereinbare bis zum 15.03. einen Termin bei meiner Hausärztin.", "schritt"),
    ).toEqual({
      area: "gesundheit",
      specific: true,
      codedBy: "auto",
    });
  });

  it("keeps the area a person chose, but specific follows the text", () => {
    const person = { area: "familie_persoenliches", specific: false, codedBy: "person" } as const;
    expect(codeEintrag("Ich gehe bis zum 15.01.2027 zur Beratung.", "schritt", person)).toEqual({
      area: "familie_persoenliches",
      specific: true,
      codedBy: "person",
    });
  });

  it("replaces an automatic code and ignores a person's area that does not fit the kind", () => {
    const alt = { area: "sprache", specific: true, codedBy: "auto" } as const;
    expect(codeEintrag("Ich bewerbe mich 5-mal im Monat als Lagerhelfer.", "schritt", alt).area).toBe(
      "arbeit",
    );
    const falsch = { area: "gesundheit", specific: false, codedBy: "person" } as const;
    expect(codeEintrag("Das Jobcenter berät mich.", "unterstuetzung", falsch)).toMatchObject({
      area: "beratung",
      codedBy: "auto",
    });
  });
});

describe("codeInhalt", () => {
  const inhalt = plan({
    berufsziel: "Ich arbeite als Lagerhelfer in Vollzeit.",
    zwischenziele: [{ id: "z1", text: "Ich mache den Integrationskurs B1." }],
    schritte: [
      { id: "s1", text: "Ich kümmere mich um meine Gesundheit." },
      { id: "s2", text: "Ich gehe zu meiner Hausärztin.", frist: "2027-01-15" },
    ],
    unterstuetzung: [{ id: "u1", text: "Das Jobcenter übernimmt die Fahrtkosten." }],
    andereStellen: [
      {
        id: "a1",
        text: "Die Schuldnerberatung hilft mir.",
        code: { area: "foerderung", specific: false, codedBy: "person" },
      },
    ],
  });

  it("codes every entry and the goal text", () => {
    const coded = codeInhalt(inhalt);
    expect(coded.berufszielCode).toMatchObject({ area: "arbeit", codedBy: "auto" });
    expect(coded.zwischenziele[0]?.code).toMatchObject({ area: "sprache", codedBy: "auto" });
    expect(coded.schritte[0]?.code).toEqual({ area: "gesundheit", specific: false, codedBy: "auto" });
    expect(coded.unterstuetzung[0]?.code).toMatchObject({ area: "foerderung", codedBy: "auto" });
  });

  it("counts the deadline of a step as concrete and keeps the step's fields", () => {
    const s2 = codeInhalt(inhalt).schritte[1];
    expect(s2?.code).toMatchObject({ area: "gesundheit", specific: true });
    expect(s2?.frist).toBe("2027-01-15");
  });

  it("keeps a person's correction, also when coded again", () => {
    const twice = codeInhalt(codeInhalt(inhalt));
    expect(twice.andereStellen[0]?.code).toMatchObject({ area: "foerderung", codedBy: "person" });
  });

  it("leaves an empty goal without code and does not change its input", () => {
    const leer = codeInhalt({
      ...inhalt,
      berufsziel: "",
      berufszielCode: { area: "arbeit", specific: false, codedBy: "auto" },
    });
    expect(leer.berufszielCode).toBeUndefined();
    expect(inhalt.schritte[0]?.code).toBeUndefined();
  });
});
