import { describe, expect, it } from "vitest";
import { emptyPlanInhalt, type PlanInhalt } from "../../kooperationsplan/planInhalt";
import { bereichPruefen, BEREICH_PRUEFEN_UNTER, textAehnlichkeit } from "../bereichswahl";
import { checkPlanQualitaet } from "../checkPlanQualitaet";
import { codeInhalt } from "../codeInhalt";
import { fuehreBereichswahlFort } from "../fuehreBereichswahlFort";

const TEXT = "Ich bewerbe mich jeden Monat bei drei Firmen im Lager.";
const NEU = "Ich gehe jede Woche zur Schuldnerberatung der Caritas.";

describe("textAehnlichkeit: token-set similarity, tolerant of typos", () => {
  it("is 1 for the same words in any case, with or without punctuation", () => {
    expect(textAehnlichkeit(TEXT, "ich bewerbe mich jeden monat bei drei firmen im lager")).toBe(1);
  });

  it("counts a word with one typo as the same word", () => {
    expect(textAehnlichkeit(TEXT, "Ich bewerbe mich jeden Monat bei drei Frimen im Lager.")).toBe(1);
    expect(textAehnlichkeit("Ich gehe zur Hausärtzin.", "Ich gehe zur Hausärztin.")).toBe(1);
  });

  it("stays high for a small edit and falls low for a rewrite", () => {
    expect(textAehnlichkeit(TEXT, "Ich bewerbe mich jeden Monat bei fünf Firmen im Lager.")).toBeGreaterThan(
      0.8,
    );
    expect(textAehnlichkeit(TEXT, NEU)).toBeLessThan(0.2);
  });
});

describe("bereichPruefen: a manual area needs a look when its text changed substantially", () => {
  it(`marks below a similarity of ${BEREICH_PRUEFEN_UNTER}, not for a typo fix or a small addition`, () => {
    expect(bereichPruefen(TEXT, NEU)).toBe(true);
    expect(bereichPruefen(TEXT, "Ich bewerbe mich jeden Monat bei drei Frimen im Lager.")).toBe(false);
    expect(bereichPruefen(TEXT, `${TEXT} Die Liste bringe ich mit.`)).toBe(false);
  });

  it("marks nothing without a reference text (the choice predates it)", () => {
    expect(bereichPruefen(undefined, NEU)).toBe(false);
  });
});

const mitSchritt = (text: string, code?: PlanInhalt["schritte"][number]["code"]): PlanInhalt => ({
  ...emptyPlanInhalt(),
  schritte: [{ id: "s1", text, haeufigkeit: "", frist: null, nachweis: "", ...(code && { code }) }],
});
const person = (area: string) => ({ area, specific: false, codedBy: "person" as const });

describe("fuehreBereichswahlFort: the reference text of a manual choice", () => {
  it("takes the entry's text when the area is chosen now", () => {
    const neu = fuehreBereichswahlFort(mitSchritt(TEXT), mitSchritt(TEXT, person("gesundheit")), new Set());
    expect(neu.schritte[0]?.code?.bezugstext).toBe(TEXT);
  });

  it("keeps the reference of an unchanged choice while the text is rewritten", () => {
    const bisher = mitSchritt(TEXT, { ...person("gesundheit"), bezugstext: TEXT });
    const neu = fuehreBereichswahlFort(bisher, mitSchritt(NEU, person("gesundheit")), new Set());
    expect(neu.schritte[0]?.code?.bezugstext).toBe(TEXT);
    const q = checkPlanQualitaet(codeInhalt(neu));
    expect(q.eintraege[0]).toMatchObject({ area: "gesundheit", codedBy: "person", bereichPruefen: true });
  });

  it("takes the stored text as reference for a choice made before references existed", () => {
    const bisher = mitSchritt(TEXT, person("gesundheit"));
    const neu = fuehreBereichswahlFort(bisher, mitSchritt(NEU, person("gesundheit")), new Set());
    expect(neu.schritte[0]?.code?.bezugstext).toBe(TEXT);
  });

  it("a confirmed or newly chosen area takes the current text and clears the mark", () => {
    const bisher = mitSchritt(NEU, { ...person("gesundheit"), bezugstext: TEXT });
    const bestaetigt = fuehreBereichswahlFort(bisher, mitSchritt(NEU, person("gesundheit")), new Set(["s1"]));
    expect(bestaetigt.schritte[0]?.code?.bezugstext).toBe(NEU);
    expect(checkPlanQualitaet(codeInhalt(bestaetigt)).eintraege[0]?.bereichPruefen).toBe(false);
    const gewechselt = fuehreBereichswahlFort(
      bisher,
      mitSchritt(NEU, person("familie_persoenliches")),
      new Set(),
    );
    expect(gewechselt.schritte[0]?.code?.bezugstext).toBe(NEU);
  });

  it("ignores a reference text sent by the client and drops it for an automatic area", () => {
    const bisher = mitSchritt(TEXT, { ...person("gesundheit"), bezugstext: TEXT });
    const gesendet = mitSchritt(NEU, { ...person("gesundheit"), bezugstext: NEU });
    expect(fuehreBereichswahlFort(bisher, gesendet, new Set()).schritte[0]?.code?.bezugstext).toBe(TEXT);
    const auto = mitSchritt(NEU, { area: "arbeit", specific: false, codedBy: "auto", bezugstext: TEXT });
    expect(fuehreBereichswahlFort(bisher, auto, new Set()).schritte[0]?.code).not.toHaveProperty(
      "bezugstext",
    );
  });

  it("the coder keeps the chosen area and its reference when the entry is recoded", () => {
    const inhalt = codeInhalt(mitSchritt(NEU, { ...person("gesundheit"), bezugstext: TEXT }));
    expect(inhalt.schritte[0]?.code).toMatchObject({
      area: "gesundheit",
      codedBy: "person",
      bezugstext: TEXT,
    });
  });

  it("the plan summary counts the areas to check", () => {
    const inhalt = codeInhalt(mitSchritt(NEU, { ...person("gesundheit"), bezugstext: TEXT }));
    expect(checkPlanQualitaet(inhalt).bereichePruefen).toBe(1);
    expect(checkPlanQualitaet(codeInhalt(mitSchritt(NEU))).bereichePruefen).toBe(0);
  });
});
