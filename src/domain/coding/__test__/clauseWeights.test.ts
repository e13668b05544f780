import { describe, expect, it } from "vitest";
import { clauseWeights } from "../clauseWeights";
import { prepareText } from "../prepareText";

function weightOf(text: string, word: string): number {
  const { tokens } = prepareText(text);
  const i = tokens.findIndex((t) => t.word === word);
  return clauseWeights(tokens)[i] ?? Number.NaN;
}

describe("clauseWeights", () => {
  it("counts the main clause more than a damit-clause (codebook rule 5)", () => {
    const text = "Ich suche einen Hortplatz, damit ich in Vollzeit arbeiten kann.";
    expect(weightOf(text, "hortplatz")).toBeGreaterThan(2 * weightOf(text, "vollzeit"));
  });

  it("lowers um-zu purpose clauses and weil-clauses, not 'um' with a time", () => {
    expect(weightOf("Ich laufe täglich, um fitter zu werden.", "fitter")).toBeLessThan(0.5);
    expect(weightOf("Ich lerne, weil ich arbeiten will.", "arbeiten")).toBeLessThan(0.5);
    expect(weightOf("Termin um 10 Uhr beim Hausarzt", "hausarzt")).toBeGreaterThan(0.8);
  });

  it("lowers words in parentheses and relative clauses", () => {
    expect(weightOf("Führerschein (für die Stelle im Lager)", "lager")).toBeLessThan(0.5);
    expect(weightOf("Wir zeigen Stellen, die zur Gesundheit passen.", "gesundheit")).toBeLessThan(0.5);
  });

  it("ends a subordinate clause at the next comma or full stop", () => {
    expect(weightOf("Obwohl es schwer ist. Ich bewerbe mich.", "bewerbe")).toBeGreaterThan(0.8);
  });
});
