import { describe, expect, it } from "vitest";
import { countSilben, countVokalgruppen } from "../silben";

describe("countSilben", () => {
  it.each([
    ["Bewerbung", 3],
    ["Kooperationsplan", 6],
    ["Jobcenter", 3],
    ["Eingliederung", 4],
    ["Leistungsberechtigte", 6],
    ["Termin", 2],
    ["ich", 1],
    ["Frau", 1],
  ])("%s has %i syllables", (word, n) => {
    expect(countSilben(word)).toBe(n);
  });

  it("falls back to vowel groups for words the hyphenator leaves whole", () => {
    expect(countSilben("aber")).toBe(2);
    expect(countSilben("Abend")).toBe(2);
    expect(countSilben("Reha")).toBe(2);
  });

  it("counts each part of a hyphenated word", () => {
    expect(countSilben("E-Mail")).toBe(2);
    expect(countSilben("Bewerbungs-Training")).toBe(countSilben("Bewerbungs") + countSilben("Training"));
  });

  it("counts diphthongs once and qu as a consonant", () => {
    expect(countVokalgruppen("Haus")).toBe(1);
    expect(countVokalgruppen("Quiz")).toBe(1);
    expect(countVokalgruppen("Bäume")).toBe(2);
  });
});
