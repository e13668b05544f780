import { describe, expect, it } from "vitest";
import { splitSaetze } from "../saetze";

const split = (text: string) => splitSaetze(text).map((s) => text.slice(s.start, s.end));

describe("splitSaetze", () => {
  it("splits at periods, question and exclamation marks", () => {
    expect(split("Ich bewerbe mich. Ich gehe zum Termin! Kommen Sie mit?")).toEqual([
      "Ich bewerbe mich.",
      "Ich gehe zum Termin!",
      "Kommen Sie mit?",
    ]);
  });

  it("does not split after abbreviations", () => {
    const text =
      "Ich suche z. B. Arbeit als Koch bzw. Küchenhilfe. Ich schreibe ca. 5 Bewerbungen nach Nr. 3.";
    expect(split(text)).toEqual([
      "Ich suche z. B. Arbeit als Koch bzw. Küchenhilfe.",
      "Ich schreibe ca. 5 Bewerbungen nach Nr. 3.",
    ]);
  });

  it("keeps dates and ordinals before month names together", () => {
    expect(split("Der Kurs beginnt am 12.03.2026 um 9 Uhr. Er endet am 1. Juni.")).toEqual([
      "Der Kurs beginnt am 12.03.2026 um 9 Uhr.",
      "Er endet am 1. Juni.",
    ]);
  });

  it("splits after a short date when a new sentence starts", () => {
    expect(split("Ich melde mich bis zum 15.03. Dann sprechen wir.")).toHaveLength(2);
  });

  it("treats line breaks as sentence ends and ignores empty lines", () => {
    expect(split("Bewerbungen schreiben\n\n- Lebenslauf ändern\n")).toEqual([
      "Bewerbungen schreiben",
      "- Lebenslauf ändern",
    ]);
  });

  it("returns no sentence for empty text", () => {
    expect(splitSaetze("   ")).toEqual([]);
  });
});
