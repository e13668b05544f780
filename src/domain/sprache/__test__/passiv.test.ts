import { describe, expect, it } from "vitest";
import { checkSprache } from "../checkSprache";
import { isPartizip } from "../passiv";

const codes = (text: string) => checkSprache(text).hinweise.map((h) => h.code);

describe("passive voice", () => {
  it.each([
    "Die Kosten werden vom Jobcenter übernommen.",
    "Die Fahrtkosten wurden erstattet.",
    "Der Antrag wird bis Ende März geprüft.",
    "Ich bekomme Geld, wenn der Antrag bewilligt wird.",
    "Die Unterlagen sind eingereicht worden.",
    "Sie werden zum Gespräch eingeladen.",
  ])("finds passive in „%s“", (text) => {
    expect(codes(text)).toContain("passiv");
  });

  it.each([
    "Das Jobcenter übernimmt die Kosten.",
    "Ich werde mich bei der Firma bewerben.",
    "Ich werde die Unterlagen abgeben.",
    "Ich will Altenpfleger werden.",
    "Ich werde gesund.",
    "Sie werden morgen zum Arzt gehen.",
  ])("finds no passive in „%s“", (text) => {
    expect(codes(text)).not.toContain("passiv");
  });

  it("finds the „ist … zu“ construction", () => {
    expect(codes("Die Nachweise sind bis zum 15.03. vorzulegen.")).toContain("zu_konstruktion");
    expect(codes("Der Lebenslauf ist zu überarbeiten.")).toContain("zu_konstruktion");
    expect(codes("Ich lege die Nachweise bis zum 15.03. vor.")).not.toContain("zu_konstruktion");
    expect(codes("Der Weg ist zu weit.")).not.toContain("zu_konstruktion");
  });

  it("recognises participles, not nouns or infinitives", () => {
    expect(isPartizip("gezahlt")).toBe(true);
    expect(isPartizip("abgegeben")).toBe(true);
    expect(isPartizip("informiert")).toBe(true);
    expect(isPartizip("abgeben")).toBe(false);
    expect(isPartizip("Gehalt")).toBe(false);
    expect(isPartizip("geht")).toBe(false);
  });

  it("spans the clause, not the whole sentence", () => {
    const text = "Ich bewerbe mich, wenn die Stelle ausgeschrieben wird.";
    const h = checkSprache(text).hinweise.find((x) => x.code === "passiv");
    expect(h && text.slice(h.start, h.end)).toBe("wenn die Stelle ausgeschrieben wird");
  });
});
